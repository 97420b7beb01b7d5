-- An array of one enum becomes an array of another: through text[].
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE walls (id integer PRIMARY KEY, coats color[]);
INSERT INTO walls VALUES (1, '{red,green}'), (2, '{}'), (3, NULL);
