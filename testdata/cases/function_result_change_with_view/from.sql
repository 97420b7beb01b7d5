CREATE FUNCTION answer() RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
CREATE VIEW answers AS SELECT answer() AS a;
