-- Online mode: an index dropped from a table that stays is dropped
-- CONCURRENTLY (no long-lock hazard); the downgrade builds it CONCURRENTLY.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, note text);
INSERT INTO orders SELECT g, g % 5, 'n' || g FROM generate_series(1, 50) g;
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_note_idx ON orders (note) WHERE note IS NOT NULL;
