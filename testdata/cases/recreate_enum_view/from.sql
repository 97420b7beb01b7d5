CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh', 'happy');
CREATE TABLE people (id int PRIMARY KEY, name text, mood mood);
INSERT INTO people VALUES (1, 'a', 'sad'), (2, 'b', 'happy');
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE VIEW happy_people AS SELECT id, name FROM people WHERE mood = 'happy';
CREATE VIEW constant_mood AS SELECT id, 'ok'::mood AS m FROM notes;
CREATE VIEW moods AS SELECT unnest(enum_range(NULL::mood)) AS m;
