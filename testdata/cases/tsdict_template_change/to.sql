-- my_words changes its template: the configuration's mappings that use it
-- are dropped before it is re-created, and come back after.
CREATE TEXT SEARCH DICTIONARY my_words (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION my_config (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION my_config ADD MAPPING FOR asciiword, word WITH my_words, simple;
ALTER TEXT SEARCH CONFIGURATION my_config ADD MAPPING FOR int WITH simple;
