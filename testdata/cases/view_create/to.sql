CREATE TABLE users (id int PRIMARY KEY, name text, active boolean NOT NULL DEFAULT true);
INSERT INTO users VALUES (1, 'ann', true), (2, 'bob', false);
CREATE VIEW active_users AS SELECT id, name FROM users WHERE active;
CREATE VIEW active_names AS SELECT name FROM active_users;
COMMENT ON VIEW active_users IS 'users who are active';
COMMENT ON COLUMN active_users.name IS 'their name';
