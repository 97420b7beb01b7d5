-- A function whose result type changes is dropped and created again; the
-- statistics object whose expression calls it goes before and comes back
-- after (PostgreSQL refuses to drop a function statistics depend on).
CREATE FUNCTION bucket(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT (n / 10)::bigint';
CREATE TABLE readings (id int PRIMARY KEY, level integer, site text);
CREATE STATISTICS readings_bucket ON (public.bucket(level)), site FROM readings;
