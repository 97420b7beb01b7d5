CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric CONSTRAINT accounts_balance_check CHECK (balance >= 0));
COMMENT ON CONSTRAINT accounts_balance_check ON accounts IS 'no overdraft';
