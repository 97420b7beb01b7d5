-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA old AUTHORIZATION retort_t_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA old GRANT SELECT ON TABLES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA old GRANT EXECUTE ON FUNCTIONS TO retort_t_reader;
CREATE TABLE old.t (id int);
ALTER TABLE old.t OWNER TO retort_t_owner;
