-- A statistics object comes: created after its table and columns.
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_zip ON city, zip FROM orders;
