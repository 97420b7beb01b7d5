CREATE DOMAIN qty AS integer CONSTRAINT qty_positive CHECK (VALUE > 0);
CREATE TABLE t (id int, q qty);
INSERT INTO t VALUES (1, 5);
