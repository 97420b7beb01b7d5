CREATE FUNCTION keep_max(acc int, v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(acc, v) $$;
CREATE AGGREGATE best(int) (SFUNC = keep_max, STYPE = int);
CREATE TABLE runs (v int);
CREATE VIEW best_run AS SELECT best(v) AS b FROM runs;
