CREATE TABLE samples (v int);
CREATE FUNCTION nth_final(st int[], n int) RETURNS int LANGUAGE sql IMMUTABLE
    AS $$ SELECT (SELECT array_agg(x ORDER BY x) FROM unnest(st) x)[n] $$;
CREATE AGGREGATE nth(int ORDER BY int) (SFUNC = array_append, STYPE = int[], FINALFUNC = nth_final, INITCOND = '{}');
CREATE VIEW third AS SELECT nth(3) WITHIN GROUP (ORDER BY v) AS v3 FROM samples;
