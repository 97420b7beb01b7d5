CREATE SEQUENCE line_no_seq;
CREATE TABLE lines (id integer PRIMARY KEY, no bigint DEFAULT nextval('line_no_seq'));
INSERT INTO lines (id) VALUES (1), (2);
