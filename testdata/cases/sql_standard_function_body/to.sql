CREATE TABLE counters (name text PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE FUNCTION counter_value(k text) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT n FROM counters WHERE name = k;
END;
CREATE VIEW counter_values AS SELECT name, counter_value(name) AS v FROM counters;
