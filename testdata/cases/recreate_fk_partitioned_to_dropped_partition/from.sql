CREATE TABLE regions (code text PRIMARY KEY, name text) PARTITION BY LIST (code);
CREATE TABLE regions_n PARTITION OF regions FOR VALUES IN ('n');
CREATE TABLE regions_s PARTITION OF regions FOR VALUES IN ('s');
CREATE TABLE orders (id int, placed date NOT NULL, region text REFERENCES regions, PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO regions VALUES ('n', 'north'), ('s', 'south');
INSERT INTO orders VALUES (1, '2024-03-01', 'n'), (2, '2024-04-01', NULL);
