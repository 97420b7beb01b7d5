CREATE COLLATION c_utf8 (provider = builtin, locale = 'C.UTF-8');
CREATE TABLE word (w text COLLATE c_utf8);
