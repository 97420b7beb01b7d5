CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_zip ON city, zip FROM orders;
CREATE STATISTICS orders_all ON city, zip, country FROM orders;
CREATE TABLE visits (id int, page text, referrer text);
CREATE STATISTICS visits_page_referrer ON page, referrer FROM visits;
