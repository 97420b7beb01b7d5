CREATE TABLE products (id integer PRIMARY KEY, price numeric, discount numeric);
INSERT INTO products VALUES (1, 10, 1), (2, 20, NULL);
