-- PostgreSQL 18 virtual generated columns: added, expression changed in
-- place, switched from stored (re-created), and turned into a plain column
-- (re-created: a virtual column's expression cannot be dropped).
CREATE TABLE box (
    id integer PRIMARY KEY,
    w integer NOT NULL,
    h integer NOT NULL,
    area integer GENERATED ALWAYS AS (w * h) VIRTUAL,
    perimeter integer GENERATED ALWAYS AS (2 * (w + h)) STORED,
    label text GENERATED ALWAYS AS ('box ' || id) VIRTUAL
);
INSERT INTO box (id, w, h) VALUES (1, 2, 3);
