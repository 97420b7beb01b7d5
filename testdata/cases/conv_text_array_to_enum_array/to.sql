CREATE TYPE tag AS ENUM ('news', 'sport', 'weather');
CREATE TABLE posts (id integer PRIMARY KEY, tags tag[]);
