-- A renamed column keeps its values; the check, the index, the trigger and
-- the policy over it follow the new name without being built again, and a
-- default added in the same change is compared once the column is renamed.
CREATE TABLE users (
    id integer PRIMARY KEY,
    fullname text NOT NULL CONSTRAINT users_fullname_check CHECK (fullname <> ''),
    email text
);
CREATE INDEX users_fullname_idx ON users (lower(fullname)) WHERE fullname IS NOT NULL;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE OF fullname ON users FOR EACH ROW WHEN (NEW.fullname <> OLD.fullname) EXECUTE FUNCTION touch();
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY named ON users USING (fullname IS NOT NULL);
INSERT INTO users VALUES (1, 'Ada Lovelace', 'ada@example.com'), (2, 'Grace Hopper', NULL);
