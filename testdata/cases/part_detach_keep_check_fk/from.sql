-- A detached partition keeps the checks and foreign keys it had from its
-- parent as its own.
CREATE TABLE ref (id int PRIMARY KEY);
CREATE TABLE p (foo text, id int, ref_id int REFERENCES ref, CONSTRAINT p_id_check CHECK (id > 0)) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
CREATE TABLE r (foo text, id int);
INSERT INTO ref VALUES (1);
INSERT INTO p VALUES ('a', 1, 1), ('b', 2, 1);
