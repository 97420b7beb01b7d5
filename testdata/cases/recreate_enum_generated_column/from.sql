CREATE TYPE status AS ENUM ('new', 'open', 'stale', 'closed');
CREATE FUNCTION weight(s status) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE s WHEN 'closed' THEN 0 ELSE 1 END $$;
CREATE FUNCTION shout(t text) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t)::varchar $$;
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
INSERT INTO issues (id, status, title) VALUES (1, 'new', 'a'), (2, 'closed', 'b');
CREATE VIEW heavy AS SELECT id, w FROM issues WHERE w > 0;
