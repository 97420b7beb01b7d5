CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    email varchar(200) UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    balance numeric(12,2) NOT NULL DEFAULT 0 CHECK (balance >= 0)
);
