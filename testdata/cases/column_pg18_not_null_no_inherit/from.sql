-- PostgreSQL 18 NOT NULL NO INHERIT: a child does not get it; switching
-- a NOT NULL to NO INHERIT (and back) re-creates it.
CREATE TABLE base (id integer NOT NULL, note text NOT NULL);
CREATE TABLE child () INHERITS (base);
INSERT INTO child VALUES (1, 'n');
