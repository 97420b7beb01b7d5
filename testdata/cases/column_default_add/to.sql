CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'light', volume integer DEFAULT 5);
