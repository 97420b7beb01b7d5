CREATE TABLE settings (id integer PRIMARY KEY, theme text, volume integer);
