CREATE TYPE fruit AS ENUM ('apple', 'cherry');
CREATE TABLE baskets (id integer PRIMARY KEY, fruit fruit NOT NULL);
