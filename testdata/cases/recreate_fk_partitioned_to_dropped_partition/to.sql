-- regions_s goes: the foreign key from the partitioned orders to the
-- partitioned regions depends on each of its partitions, so it is
-- dropped before and added again after.
CREATE TABLE regions (code text PRIMARY KEY, name text) PARTITION BY LIST (code);
CREATE TABLE regions_n PARTITION OF regions FOR VALUES IN ('n');
CREATE TABLE orders (id int, placed date NOT NULL, region text REFERENCES regions, PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
