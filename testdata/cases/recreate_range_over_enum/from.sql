CREATE TYPE grade AS ENUM ('c', 'b', 'a', 'x');
CREATE TYPE grade_range AS RANGE (subtype = grade);
CREATE FUNCTION in_band(g grade, r grade_range) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT g <@ r $$;
CREATE TABLE results (id int PRIMARY KEY, g grade NOT NULL);
INSERT INTO results VALUES (1, 'a'), (2, 'c');
CREATE VIEW good AS SELECT id FROM results WHERE in_band(g, grade_range('b', 'a', '[]'));
