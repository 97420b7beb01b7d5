-- Every table-rewrite hazard: a type change that is not binary-coercible,
-- SET UNLOGGED, and a column added with a volatile default.
CREATE TABLE readings (id integer PRIMARY KEY, value integer, noted text);
CREATE TABLE cache (k text PRIMARY KEY, v text);
INSERT INTO readings VALUES (1, 10, 'a'), (2, 20, 'b');
