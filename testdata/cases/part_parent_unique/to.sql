CREATE TABLE p (foo text, id int, code text, CONSTRAINT p_code_key UNIQUE (foo, code)) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
ALTER INDEX p2_foo_code_key RENAME TO p2_codes;
INSERT INTO p VALUES ('a', 1, 'x'), ('b', 2, 'x');
