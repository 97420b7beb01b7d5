CREATE TABLE t (id integer PRIMARY KEY);
CREATE FUNCTION twice(x bigint) RETURNS bigint LANGUAGE sql AS 'SELECT x * 2';
