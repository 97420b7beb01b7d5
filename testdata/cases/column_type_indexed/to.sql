CREATE TABLE users (id integer PRIMARY KEY, username text NOT NULL);
CREATE UNIQUE INDEX users_username_key ON users (username);
CREATE INDEX users_username_lower_idx ON users (lower(username));
