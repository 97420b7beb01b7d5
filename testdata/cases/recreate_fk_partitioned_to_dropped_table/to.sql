-- regions goes, and with it the foreign key the partitioned orders (and,
-- through it, every partition) hold to it.
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int, placed date NOT NULL, customer int REFERENCES customers, region text,
    PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY RANGE (placed);
CREATE TABLE orders_2025_n PARTITION OF orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
