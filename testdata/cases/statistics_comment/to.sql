-- Comments come, change and go on statistics objects, and come with a new
-- one.
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_zip ON city, zip FROM orders;
COMMENT ON STATISTICS orders_city_zip IS 'city and zip';
CREATE STATISTICS orders_zip_country ON zip, country FROM orders;
CREATE STATISTICS orders_country_city ON country, city FROM orders;
COMMENT ON STATISTICS orders_country_city IS 'country and city';
