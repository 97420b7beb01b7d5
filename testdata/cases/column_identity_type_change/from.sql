CREATE TABLE events (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
INSERT INTO events (name) VALUES ('a'), ('b');
