-- Statistics on expressions (PostgreSQL 14): one expression alone, and
-- columns with expressions; an object gains an expression.
CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS orders_city_lower ON (lower(city)) FROM orders;
CREATE STATISTICS orders_geo (mcv) ON city, (upper(zip)), (country || zip) FROM orders;
