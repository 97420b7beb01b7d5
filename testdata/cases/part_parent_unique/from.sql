CREATE TABLE p (foo text, id int, code text) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
INSERT INTO p VALUES ('a', 1, 'x'), ('b', 2, 'x');
