-- Every data-loss hazard: dropping a table, a column, a schema, a sequence,
-- an enum, a domain, a composite type, and narrowing a type.
CREATE SCHEMA scratch;
CREATE TABLE scratch.tmp (id integer);
CREATE SEQUENCE ticket_seq;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE people (id integer PRIMARY KEY, nick varchar(40), fax text);
CREATE TABLE old_log (id integer, line text);
INSERT INTO people VALUES (1, 'ann', '555'), (2, 'bob', NULL);
