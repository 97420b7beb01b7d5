CREATE TYPE kind AS ENUM ('a', 'b', 'c');
CREATE TYPE tagged AS (k kind, n int);
CREATE TABLE events (id int, k kind NOT NULL DEFAULT 'a', t tagged, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE events_a PARTITION OF events FOR VALUES FROM (0) TO (10);
CREATE TABLE events_b PARTITION OF events FOR VALUES FROM (10) TO (20);
CREATE TABLE base (id int, k kind, t tagged);
CREATE TABLE child (extra text) INHERITS (base);
INSERT INTO events VALUES (1, 'a', '(a,1)'), (12, 'b', '(b,2)');
INSERT INTO child VALUES (1, 'b', '(a,3)', 'x');
