-- A partition's own primary key made its columns NOT NULL; dropping the
-- key does not drop the NOT NULL it set.
CREATE TABLE p (foo text, id int) PARTITION BY LIST (foo);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('a');
ALTER TABLE p1 ADD CONSTRAINT p1_pkey PRIMARY KEY (foo, id);
INSERT INTO p VALUES ('a', 1), ('a', 2);
