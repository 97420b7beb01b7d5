CREATE TABLE parents (id integer NOT NULL UNIQUE, code text PRIMARY KEY);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
