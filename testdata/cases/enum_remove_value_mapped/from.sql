-- A label removed with a mapping: rows holding it take the mapped label,
-- in a column and in an array column.
CREATE TYPE fruit AS ENUM ('apple', 'banana', 'cherry');
CREATE TABLE baskets (id integer PRIMARY KEY, fruit fruit NOT NULL, extras fruit[]);
INSERT INTO baskets VALUES (1, 'apple', '{banana,cherry}'), (2, 'banana', NULL), (3, 'banana', '{}'), (4, 'cherry', '{banana}');
