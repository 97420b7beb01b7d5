CREATE TABLE names (id integer PRIMARY KEY, name varchar(50) COLLATE "und-x-icu");
