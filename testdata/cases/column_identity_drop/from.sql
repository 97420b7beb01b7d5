CREATE TABLE tickets (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text);
INSERT INTO tickets (title) VALUES ('first'), ('second');
