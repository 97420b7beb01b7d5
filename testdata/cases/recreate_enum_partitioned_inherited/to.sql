-- c goes: kind is created again under a partitioned table and an
-- inheritance tree; so is the composite type over it. Only the parents'
-- columns are converted: the conversion reaches the partitions and the
-- children.
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TYPE tagged AS (k kind, n int);
CREATE TABLE events (id int, k kind NOT NULL DEFAULT 'a', t tagged, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE events_a PARTITION OF events FOR VALUES FROM (0) TO (10);
CREATE TABLE events_b PARTITION OF events FOR VALUES FROM (10) TO (20);
CREATE TABLE base (id int, k kind, t tagged);
CREATE TABLE child (extra text) INHERITS (base);
