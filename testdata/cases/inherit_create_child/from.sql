CREATE TABLE events (
    id integer NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    note text,
    CONSTRAINT events_id_positive CHECK (id > 0)
);
INSERT INTO events (id, note) VALUES (1, 'first');
