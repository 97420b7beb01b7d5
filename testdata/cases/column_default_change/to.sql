CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'dark', created date DEFAULT '2000-01-01');
