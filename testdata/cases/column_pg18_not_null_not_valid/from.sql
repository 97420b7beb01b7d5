-- PostgreSQL 18 NOT VALID NOT NULL: added without checking the rows
-- (a NULL stays), on a new table and a new column too, and validated.
CREATE TABLE item (
    id integer NOT NULL,
    label text,
    code text
);
INSERT INTO item VALUES (1, NULL, 'c1'), (2, 'b', 'c2');
ALTER TABLE item ADD CONSTRAINT item_code_nn NOT NULL code NOT VALID;
