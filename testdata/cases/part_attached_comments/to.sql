CREATE TABLE p (foo text, id int, note text, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
COMMENT ON INDEX p1_note_idx IS 'notes of a';
COMMENT ON CONSTRAINT p1_pkey ON p1 IS 'key of a';
COMMENT ON INDEX p1_pkey IS 'index of the key of a';
COMMENT ON INDEX p2_note_idx IS 'notes of b';
