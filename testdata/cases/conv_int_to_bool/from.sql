-- integer to boolean: PostgreSQL's cast is explicit only, so USING
-- col::boolean; boolean back to integer likewise.
CREATE TABLE flags (id integer PRIMARY KEY, active integer);
INSERT INTO flags VALUES (1, 0), (2, 1), (3, NULL);
