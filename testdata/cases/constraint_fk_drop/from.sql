CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer CONSTRAINT players_team_fk REFERENCES teams (id));
INSERT INTO teams VALUES (1);
INSERT INTO players VALUES (1, 1);
