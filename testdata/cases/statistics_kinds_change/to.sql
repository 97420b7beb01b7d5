-- Kinds and columns change: ALTER STATISTICS cannot, so the objects are
-- dropped and created again.
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_zip (dependencies, mcv) ON city, zip FROM orders;
CREATE STATISTICS orders_zip_country ON city, zip, country FROM orders;
