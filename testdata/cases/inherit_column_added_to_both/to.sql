-- items and books both get note; books declares it, so its ADD COLUMN
-- comes first and the parent's merges into it
CREATE TABLE items (id integer, note text);
CREATE TABLE books (isbn text, note text DEFAULT 'b') INHERITS (items);
INSERT INTO books VALUES (1, 'i');
