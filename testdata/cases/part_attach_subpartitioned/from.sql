CREATE TABLE p (foo text, id int, note text, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE t (foo text NOT NULL, id int NOT NULL, note text) PARTITION BY RANGE (id);
CREATE TABLE t1 PARTITION OF t FOR VALUES FROM (0) TO (100);
CREATE INDEX t_notes ON t (note);
INSERT INTO p VALUES ('a', 1, 'x');
INSERT INTO t VALUES ('b', 2, 'y');
