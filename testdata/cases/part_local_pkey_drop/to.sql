CREATE TABLE p (foo text, id int) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
INSERT INTO p VALUES ('a', 1), ('a', 2), ('a', NULL);
