CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
CREATE TABLE kv (id integer PRIMARY KEY, attrs ext.hstore);
