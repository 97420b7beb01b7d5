-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO retort_t_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA app GRANT USAGE ON SEQUENCES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner GRANT SELECT ON TABLES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner REVOKE TRUNCATE ON TABLES FROM retort_t_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner GRANT USAGE ON TYPES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner GRANT USAGE ON SCHEMAS TO retort_t_reader;
