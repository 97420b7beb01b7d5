-- blue goes and amber moves first: color is created again; the domain over
-- it moves to the new type, and so do the columns of the domain.
CREATE TYPE color AS ENUM ('amber', 'red', 'green');
CREATE DOMAIN warm AS color DEFAULT 'red' CHECK (VALUE <> 'green');
CREATE TABLE paints (id int PRIMARY KEY, shade warm NOT NULL DEFAULT 'amber', base color, shades warm[]);
