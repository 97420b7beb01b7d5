-- Online mode: NOT NULL is set through a check added NOT VALID and
-- validated, which SET NOT NULL then uses instead of scanning the table
-- under an ACCESS EXCLUSIVE lock; the check is dropped afterwards.
CREATE TABLE users (id integer PRIMARY KEY, email text, "Display Name" text);
INSERT INTO users VALUES (1, 'a@x.org', 'A'), (2, 'b@x.org', 'B');
