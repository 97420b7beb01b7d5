-- retort:renamed-from mood
CREATE TYPE feeling AS ENUM ('sad', 'happy');
-- retort:renamed-from amount
CREATE DOMAIN price AS numeric CONSTRAINT amount_check CHECK (VALUE >= 0);
-- retort:renamed-from pair
CREATE TYPE point2 AS (a integer, b integer);
CREATE TABLE entries (id integer PRIMARY KEY, mood feeling, moods feeling[], price price, coords point2);
