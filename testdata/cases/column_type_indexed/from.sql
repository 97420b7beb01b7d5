CREATE TABLE users (id integer PRIMARY KEY, username varchar(20) NOT NULL);
CREATE UNIQUE INDEX users_username_key ON users (username);
CREATE INDEX users_username_lower_idx ON users (lower(username));
INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
