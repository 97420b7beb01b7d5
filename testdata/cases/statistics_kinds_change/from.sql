CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_zip (ndistinct) ON city, zip FROM orders;
CREATE STATISTICS orders_zip_country ON zip, country FROM orders;
