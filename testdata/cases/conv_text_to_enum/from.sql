-- Text becomes an enum: the explicit conversion through the enum's input
-- function (USING col::type); the downgrade needs no USING.
CREATE TABLE tickets (id integer PRIMARY KEY, state text NOT NULL);
INSERT INTO tickets VALUES (1, 'open'), (2, 'closed');
