-- Statistics targets are set, changed and reset in place (ALTER
-- STATISTICS ... SET STATISTICS).
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_zip ON city, zip FROM orders;
ALTER STATISTICS orders_city_zip SET STATISTICS 500;
CREATE STATISTICS orders_zip_country ON zip, country FROM orders;
CREATE STATISTICS orders_country_city ON country, city FROM orders;
ALTER STATISTICS orders_country_city SET STATISTICS 0;
