CREATE TABLE ratings (id integer PRIMARY KEY, stars integer CONSTRAINT ratings_stars_check CHECK (stars BETWEEN 1 AND 5));
INSERT INTO ratings VALUES (1, 4);
