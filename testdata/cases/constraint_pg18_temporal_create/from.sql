CREATE TABLE guests (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO guests VALUES (1, 'Ada'), (2, 'Grace');
