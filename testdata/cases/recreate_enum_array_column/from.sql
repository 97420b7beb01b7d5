CREATE TYPE tag AS ENUM ('a', 'b', 'c', 'd');
CREATE TABLE items (id int PRIMARY KEY, tags tag[] NOT NULL DEFAULT '{a}', grid tag[][] , CHECK (cardinality(tags) < 5));
CREATE INDEX items_tags ON items USING gin (tags);
INSERT INTO items VALUES (1, '{a,b}', '{{a,b},{b,a}}'), (2, '{}', NULL), (3, '{d,a}', '{{d}}');
