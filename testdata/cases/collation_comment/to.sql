-- Comments come, change and go on a collation, a range type, a text search
-- dictionary and configuration.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION ci IS 'case- and accent-insensitive';
CREATE TYPE floatrange AS RANGE (subtype = float8);
COMMENT ON TYPE floatrange IS 'ranges of double precision';
CREATE TEXT SEARCH DICTIONARY english_stem_nostop (TEMPLATE = snowball, Language = english);
COMMENT ON TEXT SEARCH DICTIONARY english_stem_nostop IS 'English stems, no stop words';
CREATE TEXT SEARCH CONFIGURATION english_nostop (PARSER = "default");
COMMENT ON TEXT SEARCH CONFIGURATION english_nostop IS 'English without stop words';
CREATE TABLE t (a text COLLATE ci);
