-- A varchar made shorter: an assignment cast with a length check on every
-- row (the rows fit); widening back is free.
CREATE TABLE codes (id integer PRIMARY KEY, code character varying(20) NOT NULL);
INSERT INTO codes VALUES (1, 'ab'), (2, 'abcde');
