CREATE TYPE level AS ENUM ('low', 'mid', 'high', 'max');
CREATE FUNCTION bump(l level) RETURNS level LANGUAGE sql IMMUTABLE AS $$ SELECT CASE l WHEN 'low' THEN 'mid'::level ELSE 'high'::level END $$;
CREATE FUNCTION lowest() RETURNS level LANGUAGE sql IMMUTABLE AS $$ SELECT 'low'::level $$;
CREATE FUNCTION is_high(l level, strict bool DEFAULT false) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT l >= 'high' $$;
CREATE TABLE tasks (id int PRIMARY KEY, lvl level NOT NULL DEFAULT lowest(), CHECK (bump(lvl) IS NOT NULL));
INSERT INTO tasks VALUES (1, 'low'), (2, 'high');
CREATE VIEW urgent AS SELECT id FROM tasks WHERE is_high(lvl);
