CREATE TABLE a (id integer NOT NULL, v text) PARTITION BY RANGE (id);
CREATE TABLE b (id integer NOT NULL, v text) PARTITION BY RANGE (id);
CREATE TABLE p (id integer NOT NULL, v text);
