CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, note text);
CREATE INDEX orders_customer_idx ON orders (customer_id);
