CREATE UNLOGGED TABLE import_rows (id integer PRIMARY KEY, line text);
INSERT INTO import_rows VALUES (1, 'a,b,c');
