-- score's base type becomes bigint: the domain is created again around
-- its column, and the range type over it and the function over the range
-- are dropped before and created after.
CREATE DOMAIN score AS bigint CHECK (VALUE >= 0);
CREATE TYPE score_range AS RANGE (subtype = score);
CREATE FUNCTION widest(r score_range) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (upper(r) - lower(r))::int $$;
CREATE TABLE games (id int PRIMARY KEY, s score);
