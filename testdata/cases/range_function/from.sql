CREATE TYPE numspan AS RANGE (subtype = numeric);
CREATE FUNCTION span_width(s numspan) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT upper(s) - lower(s)';
CREATE FUNCTION total_width(s numspan_multirange) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT sum(upper(r) - lower(r)) FROM unnest(s) AS r';
CREATE VIEW unit AS SELECT numspan(0, 1) AS s;
