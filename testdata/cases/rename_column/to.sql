CREATE TABLE users (
    id integer PRIMARY KEY,
    -- retort:renamed-from fullname
    full_name text NOT NULL DEFAULT 'anonymous' CONSTRAINT users_fullname_check CHECK (full_name <> ''),
    email text
);
CREATE INDEX users_fullname_idx ON users (lower(full_name)) WHERE full_name IS NOT NULL;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE OF full_name ON users FOR EACH ROW WHEN (NEW.full_name <> OLD.full_name) EXECUTE FUNCTION touch();
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY named ON users USING (full_name IS NOT NULL);
