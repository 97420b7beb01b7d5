-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE orders (id int PRIMARY KEY, note text);
INSERT INTO orders VALUES (1, 'a');
GRANT SELECT ON orders TO retort_t_reader;
-- MAINTAIN alone (VACUUM, ANALYZE, REINDEX, LOCK TABLE, ...), taken away by the upgrade.
GRANT MAINTAIN ON orders TO retort_t_writer;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM orders;
