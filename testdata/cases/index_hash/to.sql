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
CREATE INDEX docs_email_hash_idx ON docs USING hash (email);
