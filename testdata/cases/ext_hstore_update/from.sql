-- An extension at an old version, with a column of its type and rows.
-- The upgrade updates it (ALTER EXTENSION ... UPDATE TO); hstore, like
-- every contrib extension, ships no script back from 1.7 to 1.4, so the
-- downgrade is a refused step that stops it with a message
-- (down_fails.txt), never the ALTER EXTENSION the server would reject.
CREATE EXTENSION hstore VERSION '1.4';
CREATE TABLE items (id integer PRIMARY KEY, attrs hstore);
INSERT INTO items VALUES (1, 'a=>1, b=>2');
