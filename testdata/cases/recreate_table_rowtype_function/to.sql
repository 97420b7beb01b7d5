-- prices becomes partitioned (PostgreSQL cannot change that in place): it
-- is dropped and created again, and the functions taking or returning its
-- row type with it; old_prices goes with the function over its row type.
CREATE TABLE prices (id int, cents int, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE prices_all PARTITION OF prices DEFAULT;
CREATE FUNCTION price_units(p prices) RETURNS int LANGUAGE sql STABLE AS $$ SELECT p.cents / 100 $$;
CREATE FUNCTION cheapest() RETURNS SETOF prices LANGUAGE sql STABLE AS $$ SELECT * FROM prices ORDER BY cents LIMIT 1 $$;
CREATE VIEW priced AS SELECT id, price_units(prices) AS units FROM prices;
