CREATE TYPE size AS ENUM ('small', 'large');
CREATE TABLE shirts (id integer PRIMARY KEY, size size);
INSERT INTO shirts VALUES (1, 'small'), (2, 'large');
