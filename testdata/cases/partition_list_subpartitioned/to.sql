CREATE TABLE orders (id integer NOT NULL, region text NOT NULL, placed date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us') PARTITION BY RANGE (placed);
CREATE TABLE orders_us_2024 PARTITION OF orders_us FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_us_rest PARTITION OF orders_us DEFAULT;
CREATE TABLE orders_other PARTITION OF orders DEFAULT;
INSERT INTO orders VALUES (1, 'de', '2024-01-01'), (2, 'us', '2024-05-01'), (3, 'us', '2020-01-01');
