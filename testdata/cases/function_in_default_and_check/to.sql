CREATE FUNCTION next_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION is_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 32 $$;
CREATE TABLE t (id int, code text DEFAULT next_code() CHECK (is_code(code)));
CREATE INDEX t_code_ok ON t (is_code(code));
