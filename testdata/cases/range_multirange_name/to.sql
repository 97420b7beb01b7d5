-- A range type with its own multirange name, a domain over it and a
-- column of the multirange.
CREATE TYPE "Date Span" AS RANGE (subtype = date, multirange_type_name = "Date Spans");
CREATE DOMAIN nonempty_span AS "Date Span" CHECK (NOT isempty(VALUE));
CREATE TABLE period (id integer PRIMARY KEY, spans "Date Spans", main nonempty_span);
INSERT INTO period VALUES (1);
