-- A table renamed in the model keeps its rows and gets its new column;
-- the foreign key that points at it, the view over it and its trigger
-- follow the new name.
CREATE TABLE users (id integer CONSTRAINT users_pkey PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer CONSTRAINT orders_user_id_fkey REFERENCES users);
CREATE VIEW user_names AS SELECT id, name FROM users;
CREATE FUNCTION trim_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := btrim(NEW.name); RETURN NEW; END $$;
CREATE TRIGGER users_trim BEFORE INSERT OR UPDATE OF name ON users FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION trim_name();
INSERT INTO users VALUES (1, 'ada'), (2, 'grace');
INSERT INTO orders VALUES (10, 1), (11, 2);
