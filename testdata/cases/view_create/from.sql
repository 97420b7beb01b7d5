CREATE TABLE users (id int PRIMARY KEY, name text, active boolean NOT NULL DEFAULT true);
INSERT INTO users VALUES (1, 'ann', true), (2, 'bob', false);
