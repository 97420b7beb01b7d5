CREATE TABLE users (id integer PRIMARY KEY, email text);
-- retort:renamed-from users_email
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE MATERIALIZED VIEW emails AS SELECT id, email FROM users;
-- retort:renamed-from emails_idx
CREATE INDEX emails_email_idx ON emails (email);
