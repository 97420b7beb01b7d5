-- x goes: grade is created again, and the range type over it, the function
-- taking both and the view calling it are dropped before and created
-- after.
CREATE TYPE grade AS ENUM ('c', 'b', 'a');
CREATE TYPE grade_range AS RANGE (subtype = grade);
CREATE FUNCTION in_band(g grade, r grade_range) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT g <@ r $$;
CREATE TABLE results (id int PRIMARY KEY, g grade NOT NULL);
CREATE VIEW good AS SELECT id FROM results WHERE in_band(g, grade_range('b', 'a', '[]'));
