CREATE FUNCTION answer() RETURNS bigint LANGUAGE sql AS $$ SELECT 42::bigint $$;
CREATE VIEW answers AS SELECT answer() AS a;
