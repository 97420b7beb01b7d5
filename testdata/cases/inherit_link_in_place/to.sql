-- loose becomes a child of parent (it has its columns and check already);
-- attached leaves other and keeps its column w as its own
CREATE TABLE parent (id integer NOT NULL, v text, CONSTRAINT parent_id_check CHECK (id > 0));
CREATE TABLE other (w text);
CREATE TABLE loose (id integer NOT NULL, v text, extra integer, CONSTRAINT parent_id_check CHECK (id > 0));
ALTER TABLE loose INHERIT parent;
CREATE TABLE attached (w text, x integer);
INSERT INTO parent VALUES (1, 'p');
INSERT INTO loose VALUES (2, 'l', 3);
INSERT INTO attached VALUES ('w', 4);
