CREATE TABLE posts (id integer PRIMARY KEY, title varchar(100) NOT NULL);
INSERT INTO posts VALUES (1, 'Hello');
