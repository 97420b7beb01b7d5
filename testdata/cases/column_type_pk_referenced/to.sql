CREATE TABLE authors (id bigint PRIMARY KEY, name text);
CREATE TABLE books (id integer PRIMARY KEY, author_id bigint REFERENCES authors (id));
