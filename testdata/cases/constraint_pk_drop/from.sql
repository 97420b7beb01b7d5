CREATE TABLE log_lines (id integer PRIMARY KEY, line text);
INSERT INTO log_lines VALUES (1, 'a');
