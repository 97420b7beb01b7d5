CREATE TABLE products (id integer PRIMARY KEY, price numeric CHECK (price > 0));
INSERT INTO products VALUES (1, 10);
