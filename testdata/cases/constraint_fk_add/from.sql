CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer);
INSERT INTO teams VALUES (1);
INSERT INTO players VALUES (1, 1), (2, NULL);
