CREATE TABLE p (foo text, id int, note text, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
ALTER INDEX p2_pkey RENAME TO p2_key;
ALTER INDEX p2_note_idx RENAME TO p2_notes;
INSERT INTO p VALUES ('a', 1, 'x'), ('b', 2, 'y');
