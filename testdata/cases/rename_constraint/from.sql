-- Renamed constraints (a primary key, which a foreign key uses, and a
-- check) are renamed in place.
CREATE TABLE accounts (id integer CONSTRAINT accounts_pk PRIMARY KEY, balance numeric CONSTRAINT positive CHECK (balance >= 0));
CREATE TABLE payments (id integer PRIMARY KEY, account integer REFERENCES accounts);
INSERT INTO accounts VALUES (1, 10), (2, 20);
INSERT INTO payments VALUES (1, 1), (2, 2);
