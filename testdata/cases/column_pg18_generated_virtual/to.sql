CREATE TABLE box (
    id integer PRIMARY KEY,
    w integer NOT NULL,
    h integer NOT NULL,
    area integer GENERATED ALWAYS AS (w * h * 2) VIRTUAL,
    perimeter integer GENERATED ALWAYS AS (2 * (w + h)) VIRTUAL,
    label text,
    ratio numeric GENERATED ALWAYS AS (w::numeric / h) VIRTUAL
);
INSERT INTO box (id, w, h) VALUES (1, 2, 3);
