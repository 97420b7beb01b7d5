CREATE TABLE sales (id int PRIMARY KEY, region text, amount numeric(8,2));
INSERT INTO sales VALUES (1, 'n', 5), (2, 's', 7), (3, 'n', 1);
CREATE VIEW by_region AS SELECT region, amount FROM sales;
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM by_region GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE VIEW top_region AS SELECT region FROM region_totals ORDER BY total DESC LIMIT 1;
