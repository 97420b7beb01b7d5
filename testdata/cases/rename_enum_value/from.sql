-- A renamed label keeps the rows that hold it (ALTER TYPE ... RENAME
-- VALUE), also in an array and in a column default.
CREATE TYPE fruit AS ENUM ('apple', 'banana', 'cherry');
CREATE TABLE baskets (id integer PRIMARY KEY, fruit fruit DEFAULT 'banana', extras fruit[]);
INSERT INTO baskets VALUES (1, 'apple', '{banana}'), (2, 'banana', '{}'), (3, 'banana', '{cherry,banana}');
