CREATE TABLE readings (id integer PRIMARY KEY, value integer);
