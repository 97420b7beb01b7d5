CREATE TABLE zips (id integer PRIMARY KEY, zip text);
