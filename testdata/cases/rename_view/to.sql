CREATE TABLE scores (id integer PRIMARY KEY, points integer);
-- retort:renamed-from high
CREATE VIEW high_scores AS SELECT id FROM scores WHERE points > 15;
-- retort:renamed-from totals
CREATE MATERIALIZED VIEW score_totals AS SELECT sum(points) AS total FROM scores;
