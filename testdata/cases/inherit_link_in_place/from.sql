CREATE TABLE parent (id integer NOT NULL, v text, CONSTRAINT parent_id_check CHECK (id > 0));
CREATE TABLE other (w text);
CREATE TABLE loose (id integer NOT NULL, v text, extra integer, CONSTRAINT parent_id_check CHECK (id > 0));
-- declared on attached and inherited: NO INHERIT leaves it as it is
CREATE TABLE attached (w text, x integer);
ALTER TABLE attached INHERIT other;
INSERT INTO parent VALUES (1, 'p');
INSERT INTO loose VALUES (2, 'l', 3);
INSERT INTO attached VALUES ('w', 4);
