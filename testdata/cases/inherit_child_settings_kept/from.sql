CREATE TABLE items (id integer, name text DEFAULT 'item', price numeric NOT NULL, code text);
CREATE TABLE books (isbn text) INHERITS (items);
INSERT INTO books VALUES (1, 'a', 2, 'c', 'i');
