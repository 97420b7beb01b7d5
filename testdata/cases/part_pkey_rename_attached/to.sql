CREATE TABLE p (foo text, id int, code text, PRIMARY KEY (foo, id), UNIQUE (foo, code)) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
ALTER INDEX p1_pkey RENAME TO p1_key;
ALTER INDEX p1_foo_code_key RENAME TO p1_codes;
INSERT INTO p VALUES ('a', 1, 'x');
