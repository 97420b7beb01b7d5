CREATE TABLE accounts (id int PRIMARY KEY, balance int);
INSERT INTO accounts VALUES (1, 10);
CREATE VIEW balances AS SELECT id, balance FROM accounts;
CREATE FUNCTION total_balance() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(balance) FROM balances;
END;
CREATE VIEW summary AS SELECT total_balance() AS total;
