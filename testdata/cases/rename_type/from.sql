-- Renamed types (an enum, a domain, a composite type) keep the columns
-- that use them and their values.
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN amount AS numeric CONSTRAINT amount_check CHECK (VALUE >= 0);
CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE entries (id integer PRIMARY KEY, mood mood, moods mood[], price amount, coords pair);
INSERT INTO entries VALUES (1, 'sad', '{sad,happy}', 1.5, ROW(1, 2)), (2, 'happy', '{}', 2, ROW(3, 4));
