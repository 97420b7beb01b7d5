SET check_function_bodies = false;
CREATE SCHEMA musicbrainz;
CREATE EXTENSION unaccent WITH SCHEMA public VERSION '1.1';
CREATE TEXT SEARCH CONFIGURATION musicbrainz.mb_simple (parser = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION musicbrainz.mb_simple ADD MAPPING FOR asciihword, asciiword, email, file, "float", host, hword_asciipart, "int", sfloat, uint, url, url_path, version WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION musicbrainz.mb_simple ADD MAPPING FOR hword, hword_numpart, hword_part, numhword, numword, word WITH public.unaccent, pg_catalog.simple;
CREATE OR REPLACE FUNCTION musicbrainz.mb_simple_tsvector(input text)
 RETURNS tsvector
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT to_tsvector('musicbrainz.mb_simple', input) $function$;
CREATE TABLE musicbrainz.artist (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT artist_pkey PRIMARY KEY (id)
);
CREATE INDEX artist_idx_txt ON musicbrainz.artist USING gin (musicbrainz.mb_simple_tsvector(name));
