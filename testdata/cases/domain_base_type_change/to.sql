CREATE DOMAIN qty AS bigint DEFAULT 1 CONSTRAINT qty_positive CHECK (VALUE > 0);
CREATE TABLE lines (id int PRIMARY KEY, q qty DEFAULT 2, history qty[]);
INSERT INTO lines VALUES (1, 3, '{1,2}'), (2, 40000, NULL);
CREATE INDEX lines_q ON lines (q);
CREATE VIEW big_lines AS SELECT id, q FROM lines WHERE q > 10;
CREATE FUNCTION double_qty(x qty) RETURNS qty LANGUAGE sql IMMUTABLE AS $$ SELECT (x * 2)::qty $$;
