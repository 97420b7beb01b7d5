SET check_function_bodies = false;
-- hazard data-loss: drops table old.t and all its rows
DROP TABLE old.t;
CREATE SCHEMA fresh;
ALTER SCHEMA fresh OWNER TO retort_t_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA fresh GRANT INSERT, SELECT ON TABLES TO retort_t_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA fresh GRANT USAGE ON TYPES TO retort_t_reader WITH GRANT OPTION;
CREATE TYPE fresh.mood AS ENUM ('ok');
ALTER TYPE fresh.mood OWNER TO retort_t_owner;
GRANT USAGE ON TYPE fresh.mood TO retort_t_reader WITH GRANT OPTION;
CREATE OR REPLACE FUNCTION fresh.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;
ALTER FUNCTION fresh.f() OWNER TO retort_t_owner;
CREATE TABLE fresh.t (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME fresh.t_id_seq) NOT NULL
);
ALTER TABLE fresh.t OWNER TO retort_t_owner;
REVOKE DELETE, MAINTAIN, REFERENCES, TRIGGER, TRUNCATE, UPDATE ON TABLE fresh.t FROM retort_t_writer;
GRANT INSERT, SELECT ON TABLE fresh.t TO retort_t_writer;
-- hazard data-loss: drops schema old
DROP SCHEMA old;
