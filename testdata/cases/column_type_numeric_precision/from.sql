CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(8,2));
INSERT INTO prices VALUES (1, 123456.78), (2, 0.5);
