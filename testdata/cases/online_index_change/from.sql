-- Online mode: a changed index is built under a temporary name first, the
-- old one dropped CONCURRENTLY, and the new one renamed: the table always
-- has one of them. The downgrade swaps back the same way.
CREATE TABLE docs (id integer PRIMARY KEY, title text NOT NULL, email text, deleted_at timestamptz);
INSERT INTO docs VALUES (1, 'Intro', 'a@x.org', NULL), (2, 'Guide', NULL, now());
CREATE INDEX docs_lookup_idx ON docs (title);
COMMENT ON INDEX docs_lookup_idx IS 'lookup by title';
