CREATE TYPE phase AS ENUM ('alpha', 'beta', 'rc', 'ga');
CREATE TABLE releases (id int PRIMARY KEY, phase phase NOT NULL);
INSERT INTO releases VALUES (1, 'alpha'), (2, 'ga');
CREATE FUNCTION stable_phase(p phase) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT p = 'ga' $$;
CREATE FUNCTION first_phase() RETURNS phase LANGUAGE sql IMMUTABLE AS $$ SELECT 'alpha'::phase $$;
CREATE VIEW stable AS SELECT id FROM releases WHERE stable_phase(phase);
CREATE DOMAIN prerelease AS phase CHECK (VALUE < 'ga');
