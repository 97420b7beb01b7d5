CREATE DOMAIN label AS text COLLATE "POSIX" CHECK (VALUE <> '');
CREATE TABLE tags (name label);
INSERT INTO tags VALUES ('b'), ('A');
