-- Renamed indexes (of a table and of a materialized view) are renamed in
-- place, not built again.
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE MATERIALIZED VIEW emails AS SELECT id, email FROM users;
CREATE INDEX emails_idx ON emails (email);
INSERT INTO users VALUES (1, 'ada@example.com'), (2, 'grace@example.com');
