CREATE EXTENSION citext;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application';
CREATE TYPE app.status AS ENUM ('active', 'blocked');
CREATE SEQUENCE app.ref_seq INCREMENT BY 2;
CREATE TABLE app.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    status app.status NOT NULL DEFAULT 'active',
    ref bigint DEFAULT nextval('app.ref_seq'),
    name text COLLATE "C",
    name_len integer GENERATED ALWAYS AS (length(name)) STORED,
    CHECK (ref > 0)
) WITH (fillfactor = 90);
CREATE TABLE app.logins (
    id serial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE DEFERRABLE,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX logins_user_at_idx ON app.logins (user_id, at DESC) WHERE at > '2020-01-01';
COMMENT ON TABLE app.users IS 'people';
COMMENT ON COLUMN app.users.email IS 'login';
INSERT INTO app.users (email, name) VALUES ('a@x', 'Ann');
