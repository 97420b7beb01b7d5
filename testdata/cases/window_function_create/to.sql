CREATE TABLE w (v int);
CREATE FUNCTION my_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_rank';
COMMENT ON FUNCTION my_rank() IS 'rank, by another name';
CREATE VIEW ranked AS SELECT v, my_rank() OVER (ORDER BY v) AS r FROM w;
