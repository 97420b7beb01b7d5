-- lb goes: the composite type and the domain over unit are created again, with their owner and grants.
-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE unit AS ENUM ('g', 'kg');
CREATE TYPE amount AS (value numeric, unit unit);
REVOKE USAGE ON TYPE amount FROM PUBLIC;
GRANT USAGE ON TYPE amount TO retort_t_reader;
ALTER TYPE amount OWNER TO retort_t_owner;
CREATE DOMAIN heavy AS unit CHECK (VALUE <> 'g');
GRANT USAGE ON DOMAIN heavy TO retort_t_reader;
CREATE TABLE stock (id int PRIMARY KEY, qty amount, h heavy);
