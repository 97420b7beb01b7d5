CREATE FUNCTION valid_code(c varchar) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 3 $$;
CREATE DOMAIN code AS text CHECK (valid_code(VALUE));
CREATE TABLE airports (id int PRIMARY KEY, iata code, alt text DEFAULT 'abc' CHECK (valid_code(alt)));
INSERT INTO airports VALUES (1, 'ams', 'xyz');
CREATE INDEX airports_valid ON airports (valid_code(alt));
