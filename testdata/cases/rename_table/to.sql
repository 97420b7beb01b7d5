-- retort:renamed-from users
CREATE TABLE people (id integer CONSTRAINT users_pkey PRIMARY KEY, name text NOT NULL, email text);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer CONSTRAINT orders_user_id_fkey REFERENCES people);
CREATE VIEW user_names AS SELECT id, name FROM people;
CREATE FUNCTION trim_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := btrim(NEW.name); RETURN NEW; END $$;
CREATE TRIGGER users_trim BEFORE INSERT OR UPDATE OF name ON people FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION trim_name();
