-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE users (id int PRIMARY KEY, name text, email text, password text, added text);
GRANT SELECT (id, name, email) ON users TO retort_t_reader;
GRANT UPDATE (email), INSERT (email) ON users TO retort_t_writer;
GRANT SELECT (added), UPDATE (added) ON users TO retort_t_writer;
CREATE VIEW people AS SELECT id, name FROM users;
GRANT SELECT (name) ON people TO retort_t_reader;
CREATE TABLE audit (at timestamptz, who text);
GRANT INSERT (at, who), REFERENCES (who) ON audit TO retort_t_writer;
