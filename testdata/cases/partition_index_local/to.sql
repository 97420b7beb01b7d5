CREATE TABLE events (id integer NOT NULL, at date NOT NULL, note text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE INDEX events_2024_01_note_idx ON events_2024_01 (note);
ALTER TABLE events_2024_01 ADD CONSTRAINT jan_note CHECK (note <> '');
INSERT INTO events VALUES (1, '2024-01-15', 'jan'), (2, '2024-02-15', 'feb'), (3, '2023-06-01', 'old');
