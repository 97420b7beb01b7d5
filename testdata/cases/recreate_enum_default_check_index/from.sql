CREATE TYPE status AS ENUM ('draft', 'live', 'gone', 'hidden');
CREATE TABLE posts (
    id int PRIMARY KEY,
    status status NOT NULL DEFAULT 'draft',
    prev status DEFAULT 'draft'::status,
    CONSTRAINT not_gone CHECK (status <> 'gone'),
    CONSTRAINT ordered CHECK (prev IS NULL OR prev <= status)
);
CREATE INDEX posts_live ON posts (id) WHERE status = 'live';
CREATE INDEX posts_status_text ON posts ((status = 'live'), (status > 'draft'));
CREATE UNIQUE INDEX posts_one_draft ON posts (status) WHERE status = 'draft';
CREATE TABLE other (id int PRIMARY KEY, label text CHECK (label IS DISTINCT FROM 'hidden'::status::text));
INSERT INTO posts VALUES (1, 'draft', NULL), (2, 'live', 'draft'), (3, 'live', 'live');
INSERT INTO other VALUES (1, 'x');
