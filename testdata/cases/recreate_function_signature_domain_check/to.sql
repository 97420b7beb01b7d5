-- valid_code's argument becomes text: the function is dropped and created
-- again, and so are the domain check, the table check and the index that
-- call it.
CREATE FUNCTION valid_code(c text) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 3 $$;
CREATE DOMAIN code AS text CHECK (valid_code(VALUE));
CREATE TABLE airports (id int PRIMARY KEY, iata code, alt text DEFAULT 'abc' CHECK (valid_code(alt)));
CREATE INDEX airports_valid ON airports (valid_code(alt));
