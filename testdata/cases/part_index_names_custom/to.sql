CREATE TABLE p (foo text, id int, note text) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
CREATE INDEX p_note_idx ON p (note);
ALTER INDEX p1_note_idx RENAME TO p1_notes;
ALTER INDEX p2_note_idx RENAME TO p2_notes;
INSERT INTO p VALUES ('a', 1, 'x'), ('b', 2, 'y');
