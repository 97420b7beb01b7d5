CREATE TABLE people (id integer PRIMARY KEY, fax text, phone text);
INSERT INTO people VALUES (1, '555-1', '555-2');
