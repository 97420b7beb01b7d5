CREATE TABLE groups (id integer PRIMARY KEY);
CREATE TABLE members (id integer PRIMARY KEY, group_id smallint NOT NULL REFERENCES groups (id) ON DELETE CASCADE);
