CREATE TYPE fruit AS ENUM ('apple', 'banana', 'cherry');
CREATE DOMAIN snack AS fruit NOT NULL;
CREATE DOMAIN sweet AS snack CHECK (VALUE::fruit <> 'cherry');
CREATE TABLE lunches (id int PRIMARY KEY, main fruit, side snack, sides snack[], dessert sweet);
INSERT INTO lunches VALUES (1, 'banana', 'banana', '{banana,cherry}', 'banana'), (2, 'cherry', 'apple', NULL, 'apple');
