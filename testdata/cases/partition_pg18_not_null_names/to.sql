CREATE TABLE events (id integer NOT NULL, kind text NOT NULL, at date) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b (id integer NOT NULL, kind text NOT NULL, at date NOT NULL);
ALTER TABLE events ATTACH PARTITION events_b FOR VALUES IN ('b');
