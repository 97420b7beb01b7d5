-- A renamed schema keeps everything in it: a table with rows, an enum its
-- column uses, a sequence its default uses, a view. A function whose body
-- (text PostgreSQL keeps as written) names the old schema is replaced.
CREATE SCHEMA store;
CREATE TYPE store.fruit AS ENUM ('apple', 'banana');
CREATE SEQUENCE store.basket_ids;
CREATE TABLE store.baskets (id integer PRIMARY KEY DEFAULT nextval('store.basket_ids'), fruit store.fruit NOT NULL DEFAULT 'apple');
CREATE VIEW store.apples AS SELECT id FROM store.baskets WHERE fruit = 'apple';
INSERT INTO store.baskets (fruit) VALUES ('apple'), ('banana');
CREATE FUNCTION store.apple_count(f store.fruit DEFAULT 'apple') RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM store.baskets WHERE fruit = f $$;
