-- A column of a domain over one enum moves to another enum: the domain
-- converts as its base enum, through text.
CREATE TYPE color AS ENUM ('red', 'green');
CREATE DOMAIN wall_color AS color NOT NULL;
CREATE TABLE walls (id integer PRIMARY KEY, color wall_color);
INSERT INTO walls VALUES (1, 'red'), (2, 'green');
