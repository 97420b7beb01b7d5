CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC);
CREATE UNIQUE INDEX orders_placed_uidx ON orders (placed_at) WHERE customer_id > 0;
