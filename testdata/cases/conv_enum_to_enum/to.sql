CREATE TYPE paint AS ENUM ('green', 'red', 'blue');
CREATE TABLE walls (id integer PRIMARY KEY, color paint NOT NULL DEFAULT 'red');
