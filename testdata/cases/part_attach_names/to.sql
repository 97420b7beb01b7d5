CREATE TABLE p (foo text, id int, note text, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE t (foo text NOT NULL, id int NOT NULL, note text);
ALTER TABLE p ATTACH PARTITION t FOR VALUES IN ('b');
ALTER INDEX t_pkey RENAME TO t_key;
ALTER INDEX t_note_idx RENAME TO t_notes;
INSERT INTO t VALUES ('b', 2, 'y');
