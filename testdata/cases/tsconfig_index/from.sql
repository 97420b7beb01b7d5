CREATE TABLE doc (id integer PRIMARY KEY, body text NOT NULL);
INSERT INTO doc VALUES (1, 'The quick brown foxes'), (2, 'Jumped over lazy dogs');
