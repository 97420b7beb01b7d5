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
CREATE INDEX docs_created_at_brin ON docs USING brin (created_at) WITH (pages_per_range = 32);
