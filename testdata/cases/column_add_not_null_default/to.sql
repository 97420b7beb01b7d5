CREATE TABLE accounts (
    id integer PRIMARY KEY,
    credits integer NOT NULL DEFAULT 100,
    created_at timestamptz NOT NULL DEFAULT now()
);
