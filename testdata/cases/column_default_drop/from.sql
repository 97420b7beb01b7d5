CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'light', ratio real DEFAULT 0.5);
