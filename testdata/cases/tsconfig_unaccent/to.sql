-- musicbrainz's configuration: a copy of simple that strips accents first
-- with the unaccent extension's dictionary.
CREATE SCHEMA musicbrainz;
CREATE EXTENSION unaccent WITH SCHEMA public;
CREATE TEXT SEARCH CONFIGURATION musicbrainz.mb_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION musicbrainz.mb_simple
    ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart
    WITH public.unaccent, simple;
CREATE FUNCTION musicbrainz.mb_simple_tsvector(input text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT to_tsvector('musicbrainz.mb_simple', input) $$;
CREATE TABLE musicbrainz.artist (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX artist_idx_txt ON musicbrainz.artist USING gin (musicbrainz.mb_simple_tsvector(name));
