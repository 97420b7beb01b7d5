-- numspan gains a subtype_diff function: it is dropped and created again,
-- and so are the functions (on the range and on its multirange) and the
-- view that use it.
CREATE FUNCTION numeric_diff(a numeric, b numeric) RETURNS float8 LANGUAGE sql IMMUTABLE
    AS 'SELECT (a - b)::float8';
CREATE TYPE numspan AS RANGE (subtype = numeric, subtype_diff = numeric_diff);
CREATE FUNCTION span_width(s numspan) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT upper(s) - lower(s)';
CREATE FUNCTION total_width(s numspan_multirange) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT sum(upper(r) - lower(r)) FROM unnest(s) AS r';
CREATE VIEW unit AS SELECT numspan(0, 1) AS s;
