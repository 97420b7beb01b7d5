-- PostgreSQL names the index it makes for a new partition p2_note_idx1
-- (p2_note_idx is taken) and p2_lower_idx for an expression: the plan
-- looks the made index up by its parent's index to rename it.
CREATE TABLE x (note text);
CREATE INDEX p2_note_idx ON x (note);
CREATE TABLE p (foo text, note text) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE INDEX p_lower_idx ON p (lower(note));
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
INSERT INTO p VALUES ('a', 'x');
