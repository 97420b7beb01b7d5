CREATE TABLE scores (player text, points int);
INSERT INTO scores VALUES ('a', 1), ('a', 2), ('b', 5);
CREATE FUNCTION add_points(acc bigint, p int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT acc + coalesce(p, 0) $$;
CREATE AGGREGATE total_points(int) (SFUNC = add_points, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE total_points(int) IS 'sum of points, nulls as zero';
CREATE VIEW leaderboard AS SELECT player, total_points(points) AS total FROM scores GROUP BY player;
