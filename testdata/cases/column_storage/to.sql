CREATE TABLE blobs (id integer PRIMARY KEY, body text, raw bytea, meta jsonb);
ALTER TABLE blobs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE blobs ALTER COLUMN raw SET STORAGE MAIN;
