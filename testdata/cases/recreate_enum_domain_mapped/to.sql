-- retort:enum-label-removed banana to apple
-- banana goes, mapped to apple: the rows of the columns of the domains over
-- fruit (one over the other, one an array) take apple too.
CREATE TYPE fruit AS ENUM ('apple', 'cherry');
CREATE DOMAIN snack AS fruit NOT NULL;
CREATE DOMAIN sweet AS snack CHECK (VALUE::fruit <> 'cherry');
CREATE TABLE lunches (id int PRIMARY KEY, main fruit, side snack, sides snack[], dessert sweet);
