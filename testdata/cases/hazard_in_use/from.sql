-- In-use hazards: a function and a view dropped, which callers outside
-- the model may still use; a function re-created under the same name with
-- another argument type has none.
CREATE TABLE t (id integer PRIMARY KEY);
CREATE FUNCTION answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2';
CREATE VIEW t_ids AS SELECT id FROM t;
