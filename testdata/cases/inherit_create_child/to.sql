CREATE TABLE events (
    id integer NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    note text,
    CONSTRAINT events_id_positive CHECK (id > 0)
);
INSERT INTO events (id, note) VALUES (1, 'first');
-- a child with a column and a check of its own, and a merged column
CREATE TABLE clicks (
    note text NOT NULL,
    target text,
    CONSTRAINT clicks_target_check CHECK (target <> '')
) INHERITS (events);
CREATE INDEX clicks_target_idx ON clicks (target);
COMMENT ON TABLE clicks IS 'click events';
COMMENT ON COLUMN clicks.target IS 'what was clicked';
-- the child's own trigger and policy
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER clicks_touch BEFORE INSERT ON clicks FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE clicks ENABLE ROW LEVEL SECURITY;
CREATE POLICY clicks_mine ON clicks USING (target IS NOT NULL);
