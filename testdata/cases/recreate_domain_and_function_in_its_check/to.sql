-- code's base type becomes text and valid_code's argument and
-- default_code's result follow: the domain is created again around its
-- columns, its check and default, calling the functions, are dropped
-- from the old domain before the functions go.
CREATE FUNCTION valid_code(c text) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 3 $$;
CREATE FUNCTION default_code() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'zzz'::text $$;
CREATE DOMAIN code AS text DEFAULT default_code() CHECK (valid_code(VALUE));
CREATE TABLE airports (id int PRIMARY KEY, iata code, old_codes code[]);
CREATE VIEW codes AS SELECT iata FROM airports;
