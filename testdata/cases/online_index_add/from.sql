-- Online mode: an index on a table that holds rows is built CONCURRENTLY
-- (and dropped CONCURRENTLY by the downgrade); no long-lock hazard.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL);
INSERT INTO orders SELECT g, g % 7, '2024-01-01'::timestamptz + g * interval '1 hour' FROM generate_series(1, 100) g;
