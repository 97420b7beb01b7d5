-- text to integer with the model's expression, where a plain cast would
-- fail on the rows (blank strings, spaces): the expression takes the place
-- of USING col::integer. The downgrade needs no expression.
CREATE TABLE readings (id integer PRIMARY KEY, value text);
INSERT INTO readings VALUES (1, ' 42 '), (2, ''), (3, NULL);
