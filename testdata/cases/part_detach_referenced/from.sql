-- r's rows point at rows of p2: the foreign key must go before p2 leaves p.
CREATE TABLE p (foo text, id int, PRIMARY KEY (foo, id)) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
CREATE TABLE p2 PARTITION OF p FOR VALUES IN ('b');
CREATE TABLE r (foo text, id int, CONSTRAINT r_p_fkey FOREIGN KEY (foo, id) REFERENCES p);
INSERT INTO p VALUES ('a', 1), ('b', 2);
INSERT INTO r VALUES ('b', 2);
