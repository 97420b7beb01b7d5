-- A renamed label is a removed label plus an added one; rows use neither.
CREATE TYPE fruit AS ENUM ('apple', 'banana', 'cherry');
CREATE TABLE baskets (id integer PRIMARY KEY, fruit fruit);
INSERT INTO baskets VALUES (1, 'apple'), (2, 'cherry');
