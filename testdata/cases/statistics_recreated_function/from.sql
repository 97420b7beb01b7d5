CREATE FUNCTION bucket(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n / 10';
CREATE TABLE readings (id int PRIMARY KEY, level integer, site text);
CREATE STATISTICS readings_bucket ON (public.bucket(level)), site FROM readings;
