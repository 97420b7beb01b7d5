-- by_region's amount becomes numeric(12,2): the materialized view over it
-- (with its index) and the view over that are dropped and created again.
CREATE TABLE sales (id int PRIMARY KEY, region text, amount numeric(8,2));
CREATE VIEW by_region AS SELECT region, amount::numeric(12,2) AS amount FROM sales;
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM by_region GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE VIEW top_region AS SELECT region FROM region_totals ORDER BY total DESC LIMIT 1;
