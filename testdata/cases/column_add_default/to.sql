CREATE TABLE flags (id integer PRIMARY KEY, enabled boolean DEFAULT true, label text DEFAULT 'none');
