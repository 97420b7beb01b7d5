CREATE TABLE p (foo text, id int, note text, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE INDEX p_note_idx ON p (note);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 (foo text, id int, note text);
INSERT INTO p VALUES ('a', 1, 'x');
INSERT INTO p2 VALUES ('b', 2, 'y');
