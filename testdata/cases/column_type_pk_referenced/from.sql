CREATE TABLE authors (id integer PRIMARY KEY, name text);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer REFERENCES authors (id));
INSERT INTO authors VALUES (1, 'Le Guin');
INSERT INTO books VALUES (1, 1), (2, NULL);
