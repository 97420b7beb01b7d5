CREATE TABLE import_rows (id integer PRIMARY KEY, line text);
