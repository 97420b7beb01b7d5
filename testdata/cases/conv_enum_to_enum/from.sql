-- A column moves from one enum to another with the same labels and one
-- more. PostgreSQL has no cast between two enums (cannot cast type color
-- to paint): the conversion goes through text, label by label.
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE walls (id integer PRIMARY KEY, color color NOT NULL DEFAULT 'red');
INSERT INTO walls VALUES (1, 'red'), (2, 'green');
