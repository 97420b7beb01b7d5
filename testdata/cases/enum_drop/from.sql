CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE things (id integer PRIMARY KEY);
