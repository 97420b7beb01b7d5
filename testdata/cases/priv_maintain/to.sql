-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE orders (id int PRIMARY KEY, note text);
INSERT INTO orders VALUES (1, 'a');
-- MAINTAIN alone, given by the upgrade: beside another privilege, on a
-- materialized view (REFRESH MATERIALIZED VIEW), with grant option.
GRANT SELECT, MAINTAIN ON orders TO retort_t_reader;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM orders;
GRANT MAINTAIN ON totals TO retort_t_reader;
GRANT MAINTAIN ON totals TO retort_t_admin WITH GRANT OPTION;
-- The owner without MAINTAIN, and every privilege but MAINTAIN, which on
-- 17 is not ALL.
REVOKE MAINTAIN ON totals FROM CURRENT_USER;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON orders TO retort_t_admin;
