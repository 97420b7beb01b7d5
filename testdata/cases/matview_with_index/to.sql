CREATE TABLE sales (day date, amount numeric);
INSERT INTO sales VALUES ('2024-01-01', 10), ('2024-01-01', 5);
CREATE MATERIALIZED VIEW daily AS SELECT day, sum(amount) AS total FROM sales GROUP BY day;
CREATE UNIQUE INDEX daily_day ON daily (day);
COMMENT ON MATERIALIZED VIEW daily IS 'per day';
