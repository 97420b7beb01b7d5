-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE kept (id int);
-- Defaults of the role that runs the scripts (and the plan): they apply to
-- the objects created below, and to the ones the plan creates.
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT ON TABLES TO retort_t_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE UPDATE ON TABLES FROM CURRENT_USER;
CREATE TABLE fresh (id int GENERATED ALWAYS AS IDENTITY, note text);
GRANT UPDATE (note) ON fresh TO retort_t_writer;
CREATE TABLE other (id int);
REVOKE SELECT ON other FROM retort_t_reader;
GRANT UPDATE ON other TO CURRENT_USER;
CREATE VIEW v AS SELECT id FROM fresh;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 2';
GRANT EXECUTE ON FUNCTION g() TO PUBLIC;
