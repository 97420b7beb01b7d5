CREATE TABLE contacts (id integer PRIMARY KEY, phone text NOT NULL);
INSERT INTO contacts VALUES (1, '555');
