CREATE TABLE accounts (id integer NOT NULL, balance numeric NOT NULL, kind text);
CREATE TABLE savings (rate numeric) INHERITS (accounts);
INSERT INTO savings VALUES (1, 10, 'save', 0.1);
