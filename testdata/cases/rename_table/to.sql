-- retort:renamed-from users
CREATE TABLE people (id integer CONSTRAINT users_pkey PRIMARY KEY, name text NOT NULL, email text);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer CONSTRAINT orders_user_id_fkey REFERENCES people);
CREATE VIEW user_names AS SELECT id, name FROM people;
