CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'amber');
CREATE DOMAIN warm AS color DEFAULT 'red' CHECK (VALUE <> 'blue');
CREATE TABLE paints (id int PRIMARY KEY, shade warm NOT NULL DEFAULT 'amber', base color, shades warm[]);
INSERT INTO paints VALUES (1, 'red', 'green', '{red,amber}'), (2, 'amber', 'green', NULL), (3, 'amber', NULL, '{}');
