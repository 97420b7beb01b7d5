CREATE TABLE items (id integer, note text, n integer);
CREATE TABLE books (isbn text) INHERITS (items);
CREATE TABLE ebooks () INHERITS (books);
ALTER TABLE books ALTER n SET STATISTICS 10;
INSERT INTO ebooks VALUES (1, 'n', 2, 'i');
