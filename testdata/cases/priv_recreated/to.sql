-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE mood AS ENUM ('sad', 'ok');
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO retort_t_reader;
CREATE TABLE t (id int, m mood, v bigint);
CREATE VIEW tv AS SELECT id, v FROM t;
GRANT SELECT ON tv TO retort_t_reader;
ALTER VIEW tv OWNER TO retort_t_owner;
CREATE FUNCTION f(a bigint) RETURNS bigint LANGUAGE sql AS 'SELECT a';
REVOKE EXECUTE ON FUNCTION f(bigint) FROM PUBLIC;
