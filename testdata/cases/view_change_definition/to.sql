CREATE TABLE users (id int PRIMARY KEY, name text, active boolean NOT NULL DEFAULT true);
INSERT INTO users VALUES (1, 'ann', true), (2, 'bob', false);
CREATE VIEW active_users AS SELECT id, upper(name) AS name FROM users WHERE active AND id > 0;
CREATE VIEW active_names AS SELECT name FROM active_users;
