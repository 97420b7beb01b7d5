CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_geo ON city, zip FROM orders;
