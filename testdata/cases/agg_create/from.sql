CREATE TABLE scores (player text, points int);
INSERT INTO scores VALUES ('a', 1), ('a', 2), ('b', 5);
CREATE FUNCTION add_points(acc bigint, p int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT acc + coalesce(p, 0) $$;
