CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE books (isbn text) INHERITS (items);
CREATE TABLE ebooks (url text) INHERITS (books);
INSERT INTO books VALUES (1, 'a book', '123');
INSERT INTO ebooks VALUES (2, 'an ebook', '456', 'http://x');
