CREATE TYPE state AS ENUM ('new', 'old', 'gone');
CREATE TABLE items (id integer, s state DEFAULT 'new');
-- books declares s too; ebooks inherits it and sets its own default
CREATE TABLE books (s state DEFAULT 'new') INHERITS (items);
CREATE TABLE ebooks () INHERITS (books);
ALTER TABLE ebooks ALTER s SET DEFAULT 'old';
INSERT INTO books VALUES (1, 'old');
INSERT INTO ebooks VALUES (2, 'new');
