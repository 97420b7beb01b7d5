-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';
REVOKE ALL ON FUNCTION add(int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add(int, int) TO retort_t_reader;
CREATE FUNCTION secret() RETURNS int LANGUAGE sql AS 'SELECT 42';
CREATE PROCEDURE tidy() LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON PROCEDURE tidy() FROM PUBLIC;
CREATE FUNCTION hidden(x text) RETURNS text LANGUAGE sql AS 'SELECT x';
REVOKE EXECUTE ON FUNCTION hidden(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hidden(text) TO retort_t_writer;
CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int);
REVOKE EXECUTE ON FUNCTION total(int) FROM PUBLIC;
