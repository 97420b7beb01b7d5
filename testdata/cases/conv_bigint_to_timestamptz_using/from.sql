-- Epoch seconds become a timestamp. PostgreSQL has no cast from bigint to
-- timestamp with time zone, so the model gives the expression
-- (-- retort:using in to.sql). The expression only goes forward and there
-- is no cast back: the downgrade is a refused step (down_fails.txt).
CREATE TABLE events (id integer PRIMARY KEY, created bigint NOT NULL);
INSERT INTO events VALUES (1, 0), (2, 86400);
