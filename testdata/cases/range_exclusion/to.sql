-- A range type of times of day, used by a column with an exclusion
-- constraint: no two bookings of a room overlap.
CREATE EXTENSION btree_gist;
CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT EXTRACT(EPOCH FROM (x - y))';
CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_subtype_diff);
CREATE TABLE booking (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during timerange,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);
INSERT INTO booking VALUES (1, 101), (2, 102);
