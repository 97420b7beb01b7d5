CREATE TABLE period (id integer PRIMARY KEY);
INSERT INTO period VALUES (1);
