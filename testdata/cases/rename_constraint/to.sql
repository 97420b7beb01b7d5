CREATE TABLE accounts (
    id integer,
    balance numeric,
    -- retort:renamed-from accounts_pk
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    -- retort:renamed-from positive
    CONSTRAINT accounts_balance_check CHECK (balance >= 0)
);
CREATE TABLE payments (id integer PRIMARY KEY, account integer REFERENCES accounts);
