-- Online mode: a primary key and a unique constraint on a table with rows
-- are attached to unique indexes built CONCURRENTLY (ADD CONSTRAINT ...
-- USING INDEX); the key column's NOT NULL goes through a validated check.
CREATE TABLE events (id bigint, code text, seq integer NOT NULL);
INSERT INTO events VALUES (1, 'a', 1), (2, 'b', 2), (3, NULL, 3);
