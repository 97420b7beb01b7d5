CREATE TABLE prices (id int, cents int, PRIMARY KEY (id));
CREATE FUNCTION price_units(p prices) RETURNS int LANGUAGE sql STABLE AS $$ SELECT p.cents / 100 $$;
CREATE FUNCTION cheapest() RETURNS SETOF prices LANGUAGE sql STABLE AS $$ SELECT * FROM prices ORDER BY cents LIMIT 1 $$;
CREATE TABLE old_prices (id int, cents int);
CREATE FUNCTION old_units(p old_prices) RETURNS int LANGUAGE sql STABLE AS $$ SELECT p.cents / 100 $$;
CREATE VIEW priced AS SELECT id, price_units(prices) AS units FROM prices;
