-- A column of a domain over integer becomes bigint: a domain converts as
-- its base type (no USING). The downgrade converts back to the domain,
-- whose check is run on every row.
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE stock (id integer PRIMARY KEY, qty positive NOT NULL);
INSERT INTO stock VALUES (1, 5), (2, 7);
