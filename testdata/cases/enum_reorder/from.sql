CREATE TYPE phase AS ENUM ('b', 'a', 'c');
CREATE TABLE jobs (id integer PRIMARY KEY, phase phase);
INSERT INTO jobs VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, NULL);
