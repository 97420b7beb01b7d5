CREATE SEQUENCE line_no_seq;
CREATE TABLE lines (id integer PRIMARY KEY, no bigint DEFAULT nextval('line_no_seq'));
ALTER SEQUENCE line_no_seq OWNED BY lines.no;
