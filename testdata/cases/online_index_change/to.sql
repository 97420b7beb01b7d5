CREATE TABLE docs (id integer PRIMARY KEY, title text NOT NULL, email text, deleted_at timestamptz);
CREATE INDEX docs_lookup_idx ON docs (title, email) WHERE deleted_at IS NULL;
COMMENT ON INDEX docs_lookup_idx IS 'lookup by title and email';
