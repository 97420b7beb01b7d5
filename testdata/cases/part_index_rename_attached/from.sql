CREATE TABLE p (foo text, id int, note text) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE INDEX p_note_idx ON p (note);
INSERT INTO p VALUES ('a', 1, 'x');
