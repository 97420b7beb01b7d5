ALTER TEXT SEARCH CONFIGURATION public.my_config DROP MAPPING FOR asciiword;
ALTER TEXT SEARCH CONFIGURATION public.my_config DROP MAPPING FOR word;
DROP TEXT SEARCH DICTIONARY public.my_words;
CREATE TEXT SEARCH DICTIONARY public.my_words (template = pg_catalog.snowball, language = 'english');
ALTER TEXT SEARCH CONFIGURATION public.my_config ADD MAPPING FOR asciiword WITH public.my_words, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.my_config ADD MAPPING FOR word WITH public.my_words, pg_catalog.simple;
