CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer);
INSERT INTO categories VALUES (1, NULL), (2, 1);
