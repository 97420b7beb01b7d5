CREATE FUNCTION valid_code(c varchar) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 3 $$;
CREATE FUNCTION default_code() RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT 'zzz'::varchar $$;
CREATE DOMAIN code AS varchar(3) DEFAULT default_code() CHECK (valid_code(VALUE));
CREATE TABLE airports (id int PRIMARY KEY, iata code, old_codes code[]);
INSERT INTO airports VALUES (1, 'ams', '{ams,spl}'), (2, DEFAULT, NULL);
CREATE VIEW codes AS SELECT iata FROM airports;
