CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN warm AS color CHECK (VALUE <> 'blue');
CREATE FUNCTION is_warm(x color) RETURNS bool LANGUAGE sql AS $$ SELECT x <> 'blue' $$;
