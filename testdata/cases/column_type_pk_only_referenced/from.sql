CREATE TABLE groups (id smallint PRIMARY KEY);
CREATE TABLE members (id integer PRIMARY KEY, group_id smallint NOT NULL REFERENCES groups (id) ON DELETE CASCADE);
INSERT INTO groups VALUES (1), (2);
INSERT INTO members VALUES (1, 1), (2, 2);
