-- Statistics objects in another schema than their table: the schema is
-- created before them and dropped after them.
CREATE SCHEMA planner;
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS planner.orders_city_zip ON city, zip FROM orders;
COMMENT ON STATISTICS planner.orders_city_zip IS 'city and zip';
