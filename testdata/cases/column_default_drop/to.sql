CREATE TABLE settings (id integer PRIMARY KEY, theme text, ratio real);
