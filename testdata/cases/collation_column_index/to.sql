-- The musicbrainz collation: numbers sort by value, lower case first.
CREATE COLLATION musicbrainz (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');
CREATE TABLE release (id integer PRIMARY KEY, name varchar COLLATE musicbrainz NOT NULL);
CREATE INDEX release_idx_musicbrainz_collate ON release (name COLLATE musicbrainz);
CREATE INDEX release_idx_lower ON release (lower(name COLLATE musicbrainz));
INSERT INTO release VALUES (1, 'Abbey Road'), (2, 'abbey road 2'), (3, 'Revolver');
