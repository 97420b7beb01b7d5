CREATE TABLE visits (id integer PRIMARY KEY, seen_at timestamptz NOT NULL DEFAULT now());
