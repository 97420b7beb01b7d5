CREATE TYPE phase AS ENUM ('a', 'b', 'c');
CREATE TABLE jobs (id integer PRIMARY KEY, phase phase);
