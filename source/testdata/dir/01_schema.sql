CREATE SCHEMA app;
-- Later files see what earlier files created; settings do not carry over.
SET search_path = app;
CREATE TABLE app.users (id int PRIMARY KEY);
