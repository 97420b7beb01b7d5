-- balances changes a column's type: the SQL-standard function whose body
-- reads it, and the view calling that function, are dropped before and
-- created after.
CREATE TABLE accounts (id int PRIMARY KEY, balance int);
CREATE VIEW balances AS SELECT id, balance::bigint AS balance FROM accounts;
CREATE FUNCTION total_balance() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(balance) FROM balances;
END;
CREATE VIEW summary AS SELECT total_balance() AS total;
