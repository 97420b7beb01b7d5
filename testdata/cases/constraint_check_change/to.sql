CREATE TABLE ratings (id integer PRIMARY KEY, stars integer CONSTRAINT ratings_stars_check CHECK (stars BETWEEN 0 AND 10));
