CREATE TABLE payments (id integer PRIMARY KEY, amount numeric);
ALTER TABLE payments ADD CONSTRAINT payments_amount_check CHECK (amount > 0);
