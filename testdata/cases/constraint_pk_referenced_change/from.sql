CREATE TABLE parents (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
INSERT INTO parents VALUES (1, 'p1');
INSERT INTO children VALUES (1, 1);
