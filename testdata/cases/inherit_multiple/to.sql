CREATE TABLE named (id integer NOT NULL, name text);
CREATE TABLE dated (id integer NOT NULL, created date DEFAULT CURRENT_DATE);
INSERT INTO named VALUES (1, 'n');
-- id comes from both parents; the order of the parents is kept
CREATE TABLE documents (body text) INHERITS (named, dated);
CREATE TABLE notes (id integer NOT NULL, body text) INHERITS (dated, named);
