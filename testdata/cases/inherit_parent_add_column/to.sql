CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE books (isbn text) INHERITS (items);
CREATE TABLE ebooks (url text) INHERITS (books);
INSERT INTO books VALUES (1, 'a book', '123');
INSERT INTO ebooks VALUES (2, 'an ebook', '456', 'http://x');
-- added to the parent: reaches the children with its default and NOT NULL
ALTER TABLE items ADD COLUMN price numeric(10,2) NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN tags text[];
ALTER TABLE items ALTER tags SET STORAGE external;
-- and one added to a child, reaching the grandchild
ALTER TABLE books ADD COLUMN pages integer;
