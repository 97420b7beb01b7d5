CREATE TABLE base (id integer NOT NULL, note text NOT NULL NO INHERIT, extra text NOT NULL NO INHERIT);
CREATE TABLE child () INHERITS (base);
INSERT INTO child VALUES (1, 'n', 'e');
