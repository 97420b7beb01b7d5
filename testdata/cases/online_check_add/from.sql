-- Online mode: a check on a table with rows is added NOT VALID, then
-- validated; a check the model keeps NOT VALID is not validated.
CREATE TABLE items (id integer PRIMARY KEY, price numeric, qty integer);
INSERT INTO items VALUES (1, 9.5, 1), (2, 0, -1);
