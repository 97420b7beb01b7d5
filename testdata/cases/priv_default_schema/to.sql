-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA fresh AUTHORIZATION retort_t_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA fresh GRANT SELECT, INSERT ON TABLES TO retort_t_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA fresh GRANT USAGE ON TYPES TO retort_t_reader WITH GRANT OPTION;
-- Created by the role whose defaults apply, as a plan run by it would.
SET ROLE retort_t_owner;
CREATE TABLE fresh.t (id int GENERATED ALWAYS AS IDENTITY);
CREATE TYPE fresh.mood AS ENUM ('ok');
CREATE FUNCTION fresh.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
RESET ROLE;
