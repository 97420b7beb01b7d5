CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers, amount integer CHECK (amount > 0), code text, note text);
CREATE INDEX orders_code_idx ON orders (code);
CREATE INDEX orders_customer_idx ON orders (customer_id);
