-- max goes: level is created again; the functions taking or returning it
-- are dropped before and created after, with the default, check and view
-- that use them.
CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE FUNCTION bump(l level) RETURNS level LANGUAGE sql IMMUTABLE AS $$ SELECT CASE l WHEN 'low' THEN 'mid'::level ELSE 'high'::level END $$;
CREATE FUNCTION lowest() RETURNS level LANGUAGE sql IMMUTABLE AS $$ SELECT 'low'::level $$;
CREATE FUNCTION is_high(l level, strict bool DEFAULT false) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT l >= 'high' $$;
CREATE TABLE tasks (id int PRIMARY KEY, lvl level NOT NULL DEFAULT lowest(), CHECK (bump(lvl) IS NOT NULL));
CREATE VIEW urgent AS SELECT id FROM tasks WHERE is_high(lvl);
