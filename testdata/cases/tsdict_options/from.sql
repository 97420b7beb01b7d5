CREATE TEXT SEARCH DICTIONARY english_stem_stop (TEMPLATE = snowball, Language = english, StopWords = english);
CREATE TEXT SEARCH DICTIONARY simple_dict (TEMPLATE = pg_catalog.simple, stopwords = english);
CREATE TEXT SEARCH DICTIONARY gone (TEMPLATE = simple);
