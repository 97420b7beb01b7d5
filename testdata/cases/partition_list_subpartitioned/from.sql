CREATE TABLE orders (id integer NOT NULL, region text NOT NULL, placed date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr');
INSERT INTO orders VALUES (1, 'de', '2024-01-01');
