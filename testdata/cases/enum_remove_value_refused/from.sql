-- A label removed without a mapping while rows still hold it: the
-- upgrade stops before converting, with a message saying what to do.
CREATE TYPE fruit AS ENUM ('apple', 'banana', 'cherry');
CREATE TABLE baskets (id integer PRIMARY KEY, fruit fruit NOT NULL);
INSERT INTO baskets VALUES (1, 'apple'), (2, 'banana');
