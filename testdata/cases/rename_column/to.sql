CREATE TABLE users (
    id integer PRIMARY KEY,
    -- retort:renamed-from fullname
    full_name text NOT NULL DEFAULT 'anonymous' CONSTRAINT users_fullname_check CHECK (full_name <> ''),
    email text
);
CREATE INDEX users_fullname_idx ON users (lower(full_name)) WHERE full_name IS NOT NULL;
