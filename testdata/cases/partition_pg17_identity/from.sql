-- PostgreSQL 17: identity columns on partitioned tables; the partitions
-- share the parent's sequence. Added to an existing partitioned table and
-- created with a new one.
CREATE TABLE metric (id integer NOT NULL, at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE metric_2026 PARTITION OF metric FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO metric VALUES (1, '2026-05-01', 1.5);
