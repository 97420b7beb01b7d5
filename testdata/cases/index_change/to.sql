CREATE TABLE docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    email text,
    tags text[],
    body jsonb,
    tsv tsvector,
    during tstzrange,
    loc point,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    score integer
);
CREATE INDEX docs_lookup_idx ON docs (title, email);
CREATE UNIQUE INDEX docs_recent_idx ON docs (created_at, id) WHERE deleted_at IS NULL;
