CREATE TABLE codes (id integer PRIMARY KEY, code varchar(10));
INSERT INTO codes VALUES (1, 'ABCDEFGHIJ');
