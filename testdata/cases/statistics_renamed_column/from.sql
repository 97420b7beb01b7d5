CREATE TABLE orders (id int PRIMARY KEY, city text, zip text);
CREATE STATISTICS orders_geo ON city, zip FROM orders;
CREATE STATISTICS orders_zip_len ON (length(zip)), city FROM orders;
