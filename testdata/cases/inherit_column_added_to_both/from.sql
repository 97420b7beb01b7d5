CREATE TABLE items (id integer);
CREATE TABLE books (isbn text) INHERITS (items);
INSERT INTO books VALUES (1, 'i');
