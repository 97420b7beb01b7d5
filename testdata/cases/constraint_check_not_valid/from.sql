CREATE TABLE payments (id integer PRIMARY KEY, amount numeric);
-- Row 2 breaks the new check: a NOT VALID check leaves it alone.
INSERT INTO payments VALUES (1, 10), (2, -5);
