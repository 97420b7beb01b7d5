-- base goes: kept_child leaves it first and keeps its columns and check
CREATE TABLE kept_child (id integer NOT NULL, note text, extra integer, CONSTRAINT base_id_check CHECK (id > 0));
INSERT INTO kept_child VALUES (1, 'k', 2);
