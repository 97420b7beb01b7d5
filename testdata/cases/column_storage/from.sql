CREATE TABLE blobs (id integer PRIMARY KEY, body text, raw bytea, meta jsonb);
ALTER TABLE blobs ALTER COLUMN meta SET STORAGE MAIN;
INSERT INTO blobs VALUES (1, 'x', '\x00', '{}');
