CREATE TABLE payments (id integer PRIMARY KEY, amount numeric);
INSERT INTO payments VALUES (1, 10), (2, 5);
ALTER TABLE payments ADD CONSTRAINT payments_amount_check CHECK (amount > 0) NOT VALID;
