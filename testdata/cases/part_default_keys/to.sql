CREATE TABLE p (foo text, id int, note text) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p_other PARTITION OF p DEFAULT;
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (foo, id);
ALTER INDEX p_other_pkey RENAME TO p_other_key;
CREATE INDEX p_other_note ON p_other (note);
INSERT INTO p VALUES ('a', 1, 'x'), ('z', 2, 'y');
