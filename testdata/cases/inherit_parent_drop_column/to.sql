-- legacy goes from the parent and so from its children; kept, declared on
-- books too, stays there (and on ebooks, through books)
CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE books (isbn text, kept text) INHERITS (items);
CREATE TABLE ebooks (url text) INHERITS (books);
INSERT INTO books VALUES (1, 'a book', 'k', '123');
