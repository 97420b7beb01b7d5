CREATE TABLE items (id integer NOT NULL, name text, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW visible_items AS SELECT id, name FROM items WHERE NOT hidden;
INSERT INTO items VALUES (1, 'a', false);
