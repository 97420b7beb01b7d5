-- Online mode leaves plain operations where lock-light ones are not needed
-- or not possible: a new table is empty, and PostgreSQL builds no index
-- CONCURRENTLY and adds no foreign key NOT VALID on a partitioned table
-- (its index is made ON ONLY it, each partition's CONCURRENTLY, then
-- attached).
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE measurements (id bigint NOT NULL, customer_id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO customers VALUES (1);
INSERT INTO measurements VALUES (1, 1, '2024-03-01');
