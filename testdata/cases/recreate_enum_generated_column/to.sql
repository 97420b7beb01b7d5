-- stale goes and shout returns text: the generated columns reading status
-- or calling the functions re-created are dropped before and added again
-- after (recomputed), with their index and the view over them.
CREATE TYPE status AS ENUM ('new', 'open', 'closed');
CREATE FUNCTION weight(s status) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE s WHEN 'closed' THEN 0 ELSE 1 END $$;
CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;
CREATE TABLE issues (
    id int PRIMARY KEY,
    status status NOT NULL,
    title text,
    label text GENERATED ALWAYS AS (CASE WHEN status = 'closed' THEN 'done' ELSE 'todo' END) STORED,
    newish boolean GENERATED ALWAYS AS (status < 'open') STORED,
    w int GENERATED ALWAYS AS (weight(status)) STORED,
    loud text GENERATED ALWAYS AS (shout(title)) STORED
);
CREATE INDEX issues_label ON issues (label);
CREATE VIEW heavy AS SELECT id, w FROM issues WHERE w > 0;
