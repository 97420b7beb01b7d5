-- Roles are cluster-wide: created if missing (also when other cases create them at the same time).
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.orders (id int GENERATED ALWAYS AS IDENTITY, n serial, note text);
GRANT SELECT ON app.orders TO retort_t_reader;
GRANT UPDATE (note) ON app.orders TO retort_t_reader;
CREATE VIEW app.recent AS SELECT id FROM app.orders;
CREATE MATERIALIZED VIEW app.counts AS SELECT count(*) AS n FROM app.orders;
CREATE SEQUENCE app.counter;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE app.p() LANGUAGE sql AS 'SELECT 1';
CREATE AGGREGATE app.total(int) (SFUNC = int4pl, STYPE = int);
CREATE TYPE app.mood AS ENUM ('ok');
CREATE DOMAIN app.posint AS int;
