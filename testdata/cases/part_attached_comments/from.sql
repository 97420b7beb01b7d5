CREATE TABLE p (foo text, id int, note text, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
COMMENT ON INDEX p1_note_idx IS 'old';
