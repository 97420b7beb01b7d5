-- the parent's statistics target, storage and NOT NULL reach every child;
-- books and ebooks keep their own statistics target for n
CREATE TABLE items (id integer NOT NULL, note text, n integer);
ALTER TABLE items ALTER id SET STATISTICS 500;
ALTER TABLE items ALTER note SET STORAGE external;
ALTER TABLE items ALTER n SET STATISTICS 20;
CREATE TABLE books (isbn text) INHERITS (items);
CREATE TABLE ebooks () INHERITS (books);
ALTER TABLE items ALTER id SET STATISTICS 500;
ALTER TABLE books ALTER n SET STATISTICS 10;
INSERT INTO ebooks VALUES (1, 'n', 2, 'i');
