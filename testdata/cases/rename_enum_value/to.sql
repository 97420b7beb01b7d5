-- retort:enum-label-renamed blueberry from banana
CREATE TYPE fruit AS ENUM ('apple', 'blueberry', 'cherry');
CREATE TABLE baskets (id integer PRIMARY KEY, fruit fruit DEFAULT 'blueberry', extras fruit[]);
