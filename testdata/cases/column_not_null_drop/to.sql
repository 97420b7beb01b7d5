CREATE TABLE contacts (id integer PRIMARY KEY, phone text);
