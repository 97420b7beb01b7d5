CREATE TABLE codes (id integer PRIMARY KEY, code character varying(5) NOT NULL);
