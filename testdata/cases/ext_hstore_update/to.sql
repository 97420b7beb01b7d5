CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE items (id integer PRIMARY KEY, attrs hstore);
