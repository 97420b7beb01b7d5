CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id integer PRIMARY KEY, status status NOT NULL);
INSERT INTO posts VALUES (1, 'draft'), (2, 'published');
