CREATE TABLE zips (id integer PRIMARY KEY, zip integer);
INSERT INTO zips VALUES (1, 10115), (2, 80331);
