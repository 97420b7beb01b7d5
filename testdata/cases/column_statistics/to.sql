CREATE TABLE searches (id integer PRIMARY KEY, term text, country text);
ALTER TABLE searches ALTER COLUMN term SET STATISTICS 1000;
