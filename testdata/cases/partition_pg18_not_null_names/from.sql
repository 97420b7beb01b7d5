-- PostgreSQL 18: a partition created PARTITION OF takes its parent's NOT
-- NULL constraint names; one made on its own and attached keeps its own.
-- A new partition gets the names the target has.
CREATE TABLE events (id integer NOT NULL, kind text NOT NULL, at date) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
