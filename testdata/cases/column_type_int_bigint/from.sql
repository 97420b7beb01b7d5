CREATE TABLE counters (id integer PRIMARY KEY, hits integer NOT NULL);
INSERT INTO counters VALUES (1, 2147483647), (2, 0);
