CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE legacy (id integer PRIMARY KEY, payload text);
INSERT INTO legacy VALUES (1, 'x'), (2, 'y');
