CREATE TABLE people (id integer PRIMARY KEY);
INSERT INTO people VALUES (1), (2);
