-- c goes and d moves first: the array columns are converted through
-- text[] and their default, check and index set again.
CREATE TYPE tag AS ENUM ('d', 'a', 'b');
CREATE TABLE items (id int PRIMARY KEY, tags tag[] NOT NULL DEFAULT '{a}', grid tag[][] , CHECK (cardinality(tags) < 5));
CREATE INDEX items_tags ON items USING gin (tags);
