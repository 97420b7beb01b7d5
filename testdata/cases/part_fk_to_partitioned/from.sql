CREATE TABLE p (foo text, id int, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE r (foo text, id int);
INSERT INTO p VALUES ('a', 1);
INSERT INTO r VALUES ('a', 1);
