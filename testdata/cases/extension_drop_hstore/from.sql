CREATE EXTENSION hstore;
CREATE TABLE settings (id integer PRIMARY KEY, attrs hstore);
INSERT INTO settings VALUES (1, 'a=>1');
