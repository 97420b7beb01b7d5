CREATE TABLE people (id integer PRIMARY KEY, phone text);
