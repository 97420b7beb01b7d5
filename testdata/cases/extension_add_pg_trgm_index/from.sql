CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO products VALUES (1, 'teapot'), (2, 'kettle');
