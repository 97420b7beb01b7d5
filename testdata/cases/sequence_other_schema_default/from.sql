CREATE TABLE receipts (id integer PRIMARY KEY);
INSERT INTO receipts VALUES (1);
