CREATE TABLE skus (id integer PRIMARY KEY, code text NOT NULL, price numeric, stock integer);
