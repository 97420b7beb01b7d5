CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'light', created date DEFAULT CURRENT_DATE);
