CREATE TABLE prices (id int PRIMARY KEY, cents int);
INSERT INTO prices VALUES (1, 250), (2, 99);
CREATE FUNCTION to_units(c int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT c / 100 $$;
CREATE FUNCTION price_of(p prices) RETURNS int LANGUAGE sql STABLE AS $$ SELECT to_units(p.cents) $$;
CREATE VIEW unit_prices AS SELECT id, to_units(cents) AS units FROM prices;
CREATE VIEW cheap AS SELECT id FROM unit_prices WHERE units < 2;
CREATE MATERIALIZED VIEW price_sum AS SELECT sum(units) AS s FROM unit_prices;
CREATE INDEX prices_units ON prices (to_units(cents));
CREATE TABLE rounded (id int PRIMARY KEY, u int CHECK (to_units(u) >= 0));
