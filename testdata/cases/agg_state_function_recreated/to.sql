CREATE FUNCTION keep_max(state int, value int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(state, value) $$;
CREATE AGGREGATE best(int) (SFUNC = keep_max, STYPE = int);
CREATE TABLE runs (v int);
CREATE VIEW best_run AS SELECT best(v) AS b FROM runs;
