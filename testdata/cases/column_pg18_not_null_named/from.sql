-- PostgreSQL 18 names NOT NULL constraints: renamed in place, given a name
-- by SET NOT NULL and by ADD COLUMN, kept on a new table.
CREATE TABLE account (
    id integer NOT NULL,
    email text NOT NULL,
    nick text
);
INSERT INTO account VALUES (1, 'a@example.com', 'a');
