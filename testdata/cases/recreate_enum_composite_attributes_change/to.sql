-- lb goes, and amount loses note and gains source: the composite type is
-- created again with its attributes as they were (their values convert
-- through text, by position), then note is dropped and source added.
CREATE TYPE unit AS ENUM ('g', 'kg');
CREATE TYPE amount AS (value numeric, unit unit, source int);
CREATE TABLE stock (id int PRIMARY KEY, qty amount, history amount[]);
