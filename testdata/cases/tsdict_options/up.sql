CREATE TEXT SEARCH DICTIONARY public.new_dict (template = pg_catalog.simple);
ALTER TEXT SEARCH DICTIONARY public.english_stem_stop (stopwords, language = 'dutch');
ALTER TEXT SEARCH DICTIONARY public.simple_dict (stopwords = 'english', accept = 'false');
COMMENT ON TEXT SEARCH DICTIONARY public.new_dict IS 'plain';
DROP TEXT SEARCH DICTIONARY public.gone;
