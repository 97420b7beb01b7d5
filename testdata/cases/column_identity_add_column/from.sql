CREATE TABLE tickets (title text);
INSERT INTO tickets VALUES ('first'), ('second');
