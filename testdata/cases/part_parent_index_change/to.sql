CREATE TABLE p (foo text, id int, note text) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE INDEX p_note_idx ON p (note, id);
ALTER INDEX p1_note_id_idx RENAME TO p1_notes;
INSERT INTO p VALUES ('a', 1, 'x');
