-- Mappings added (email, url), changed (asciiword, word) and dropped
-- (int, uint); a configuration goes and another comes, copied from simple.
CREATE TEXT SEARCH DICTIONARY english_stem_nostop (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION docs (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR asciiword WITH english_stem_nostop, simple;
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR word WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR email, url WITH simple;
CREATE TEXT SEARCH CONFIGURATION new_config (COPY = simple);
