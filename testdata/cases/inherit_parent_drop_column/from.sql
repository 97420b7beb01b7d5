CREATE TABLE items (id integer NOT NULL, name text, legacy text, kept text);
CREATE TABLE books (isbn text, kept text) INHERITS (items);
CREATE TABLE ebooks (url text) INHERITS (books);
CREATE INDEX books_legacy_idx ON books (legacy);
INSERT INTO books VALUES (1, 'a book', 'old', 'k', '123');
INSERT INTO ebooks VALUES (2, 'an ebook', 'old', 'k', '456', 'http://x');
