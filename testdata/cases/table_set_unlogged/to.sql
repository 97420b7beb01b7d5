CREATE UNLOGGED TABLE sessions (id uuid PRIMARY KEY, data jsonb);
