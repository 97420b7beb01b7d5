-- Options change (one removed, one changed, one added), a dictionary goes,
-- one comes.
CREATE TEXT SEARCH DICTIONARY english_stem_stop (TEMPLATE = snowball, Language = dutch);
CREATE TEXT SEARCH DICTIONARY simple_dict (TEMPLATE = pg_catalog.simple, stopwords = english, accept = false);
CREATE TEXT SEARCH DICTIONARY new_dict (TEMPLATE = pg_catalog.simple);
COMMENT ON TEXT SEARCH DICTIONARY new_dict IS 'plain';
