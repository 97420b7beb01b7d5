CREATE TABLE tickets (id integer NOT NULL PRIMARY KEY, title text);
INSERT INTO tickets VALUES (1, 'first'), (2, 'second');
