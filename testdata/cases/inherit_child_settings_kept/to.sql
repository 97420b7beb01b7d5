-- settings the child gives columns it inherits: NOT NULL, default,
-- statistics, storage, comment (every major; a NOT NULL the child drops is in inherit_child_settings)
CREATE TABLE items (id integer, name text DEFAULT 'item', price numeric NOT NULL, code text);
CREATE TABLE books (isbn text) INHERITS (items);
ALTER TABLE books ALTER id SET NOT NULL;
ALTER TABLE books ALTER name SET DEFAULT 'book';
ALTER TABLE books ALTER code SET STATISTICS 200;
ALTER TABLE books ALTER code SET STORAGE main;
COMMENT ON COLUMN books.code IS 'the book code';
INSERT INTO books VALUES (1, 'a', 2, 'c', 'i');
