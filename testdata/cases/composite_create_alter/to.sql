CREATE TYPE address AS (street text, city text COLLATE "C", zip varchar(10), country text);
CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3));
COMMENT ON TYPE money_amount IS 'an amount with its currency';
COMMENT ON COLUMN address.country IS 'ISO code';
CREATE TABLE shops (id int, addr address, price money_amount);
