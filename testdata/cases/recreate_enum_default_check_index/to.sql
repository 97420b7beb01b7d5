-- gone goes (the check naming it changes too): status is created again;
-- defaults, checks and indexes using it are dropped and set again around
-- the conversion, also on a table without a column of the enum.
CREATE TYPE status AS ENUM ('draft', 'live', 'hidden');
CREATE TABLE posts (
    id int PRIMARY KEY,
    status status NOT NULL DEFAULT 'draft',
    prev status DEFAULT 'draft'::status,
    CONSTRAINT not_gone CHECK (status <> 'hidden'),
    CONSTRAINT ordered CHECK (prev IS NULL OR prev <= status)
);
CREATE INDEX posts_live ON posts (id) WHERE status = 'live';
CREATE INDEX posts_status_text ON posts ((status = 'live'), (status > 'draft'));
CREATE UNIQUE INDEX posts_one_draft ON posts (status) WHERE status = 'draft';
CREATE TABLE other (id int PRIMARY KEY, label text CHECK (label IS DISTINCT FROM 'hidden'::status::text));
