-- p1's own index matches the new parent index, but the target keeps it
-- as p1's own and attaches another: a plain CREATE INDEX on p would
-- attach p1_by_note.
CREATE TABLE p (foo text, id int, note text) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
CREATE INDEX p1_by_note ON p1 (note);
INSERT INTO p VALUES ('a', 1, 'x'), ('b', 2, 'y');
