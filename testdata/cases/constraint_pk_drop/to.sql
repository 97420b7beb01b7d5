CREATE TABLE log_lines (id integer NOT NULL, line text);
