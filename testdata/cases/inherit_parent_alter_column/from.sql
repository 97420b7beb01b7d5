CREATE TABLE items (id integer NOT NULL, qty integer DEFAULT 1, label text, code varchar(10));
CREATE TABLE books (isbn text, code varchar(10)) INHERITS (items);
-- the child's own default on a column it inherits
ALTER TABLE books ALTER qty SET DEFAULT 5;
CREATE TABLE ebooks () INHERITS (books);
INSERT INTO books VALUES (1, 2, 'b', 'c', 'i');
INSERT INTO ebooks VALUES (2, 3, 'e', 'c', 'j');
CREATE VIEW book_ids AS SELECT id FROM books;
