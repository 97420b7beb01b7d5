CREATE TABLE orders (id int PRIMARY KEY, city text, zip text, country text);
