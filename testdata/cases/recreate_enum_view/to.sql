-- meh goes: views that use mood (over its column, as a constant, or
-- through enum_range) are dropped before and created after.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id int PRIMARY KEY, name text, mood mood);
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE VIEW happy_people AS SELECT id, name FROM people WHERE mood = 'happy';
CREATE VIEW constant_mood AS SELECT id, 'ok'::mood AS m FROM notes;
CREATE VIEW moods AS SELECT unnest(enum_range(NULL::mood)) AS m;
