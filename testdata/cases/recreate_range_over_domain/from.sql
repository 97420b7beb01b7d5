CREATE DOMAIN score AS int CHECK (VALUE >= 0);
CREATE TYPE score_range AS RANGE (subtype = score);
CREATE FUNCTION widest(r score_range) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
CREATE TABLE games (id int PRIMARY KEY, s score);
INSERT INTO games VALUES (1, 3), (2, 40);
