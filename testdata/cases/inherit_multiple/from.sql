CREATE TABLE named (id integer NOT NULL, name text);
CREATE TABLE dated (id integer NOT NULL, created date DEFAULT CURRENT_DATE);
INSERT INTO named VALUES (1, 'n');
