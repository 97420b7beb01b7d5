-- 'gone' is removed: the enum is re-created, and the parent's conversion
-- converts its children's columns too
CREATE TYPE state AS ENUM ('new', 'old');
CREATE TABLE items (id integer, s state DEFAULT 'new');
CREATE TABLE books (s state DEFAULT 'new') INHERITS (items);
CREATE TABLE ebooks () INHERITS (books);
ALTER TABLE ebooks ALTER s SET DEFAULT 'old';
INSERT INTO books VALUES (1, 'old');
INSERT INTO ebooks VALUES (2, 'new');
