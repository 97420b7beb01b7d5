-- A configuration used by an index expression, a generated column and a
-- view: it must exist before them and go after them.
CREATE TEXT SEARCH DICTIONARY english_stem_nostop (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION english_nostop (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_nostop
    ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH english_stem_nostop;
CREATE TABLE doc (
    id integer PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.english_nostop', body)) STORED
);
CREATE INDEX doc_body_fts ON doc USING gin (to_tsvector('public.english_nostop'::regconfig, body));
CREATE VIEW doc_words AS SELECT id, to_tsvector('public.english_nostop'::regconfig, body) AS words FROM doc;
INSERT INTO doc VALUES (1, 'The quick brown foxes'), (2, 'Jumped over lazy dogs');
