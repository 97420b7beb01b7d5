-- A table renamed in the model keeps its rows and gets its new column;
-- the foreign key that points at it and the view over it follow the new
-- name.
CREATE TABLE users (id integer CONSTRAINT users_pkey PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer CONSTRAINT orders_user_id_fkey REFERENCES users);
CREATE VIEW user_names AS SELECT id, name FROM users;
INSERT INTO users VALUES (1, 'ada'), (2, 'grace');
INSERT INTO orders VALUES (10, 1), (11, 2);
