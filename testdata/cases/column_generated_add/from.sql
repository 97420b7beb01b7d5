CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL);
INSERT INTO lines VALUES (1, 2.50, 4), (2, 10, 1);
