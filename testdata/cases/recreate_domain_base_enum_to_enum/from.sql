CREATE TYPE size_a AS ENUM ('small', 'large');
CREATE TYPE size_b AS ENUM ('small', 'medium', 'large');
CREATE DOMAIN size AS size_a;
CREATE TABLE shirts (id int PRIMARY KEY, size size NOT NULL);
INSERT INTO shirts VALUES (1, 'small'), (2, 'large');
