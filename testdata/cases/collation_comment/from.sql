CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION ci IS 'case-insensitive';
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TEXT SEARCH DICTIONARY english_stem_nostop (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION english_nostop (PARSER = "default");
CREATE TABLE t (a text COLLATE ci);
