-- Renamed views and materialized views: the materialized view keeps its
-- rows (it is not refreshed, it is renamed).
CREATE TABLE scores (id integer PRIMARY KEY, points integer);
INSERT INTO scores VALUES (1, 10), (2, 20);
CREATE VIEW high AS SELECT id FROM scores WHERE points > 15;
CREATE MATERIALIZED VIEW totals AS SELECT sum(points) AS total FROM scores;
DELETE FROM scores;
