CREATE TYPE color AS ENUM ('red', 'green');
CREATE DOMAIN wall_color AS color NOT NULL;
CREATE TYPE paint AS ENUM ('green', 'red', 'blue');
CREATE TABLE walls (id integer PRIMARY KEY, color paint);
