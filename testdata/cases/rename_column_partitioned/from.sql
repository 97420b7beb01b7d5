-- A column renamed on a partitioned table is renamed in its partitions
-- (PostgreSQL does it). (An index of the parent is left out: the indexes
-- it makes on partitions are named after the column, and keep the old name.)
CREATE TABLE events (id integer, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO events VALUES (1, '2024-03-01', 'a'), (2, '2024-04-01', 'b');
