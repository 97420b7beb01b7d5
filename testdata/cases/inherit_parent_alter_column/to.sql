-- the parent changes types (they reach every child, declared or not), its
-- default and NOT NULL; books keeps its own default for qty
CREATE TABLE items (id bigint NOT NULL, qty integer DEFAULT 2, label text NOT NULL, code varchar(20));
CREATE TABLE books (isbn text, code varchar(20)) INHERITS (items);
ALTER TABLE books ALTER qty SET DEFAULT 5;
CREATE TABLE ebooks () INHERITS (books);
INSERT INTO books VALUES (1, 2, 'b', 'c', 'i');
INSERT INTO ebooks VALUES (2, 3, 'e', 'c', 'j');
CREATE VIEW book_ids AS SELECT id FROM books;
