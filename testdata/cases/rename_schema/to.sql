-- retort:renamed-from store
CREATE SCHEMA shop;
CREATE TYPE shop.fruit AS ENUM ('apple', 'banana');
CREATE SEQUENCE shop.basket_ids;
CREATE TABLE shop.baskets (id integer PRIMARY KEY DEFAULT nextval('shop.basket_ids'), fruit shop.fruit NOT NULL DEFAULT 'apple');
CREATE VIEW shop.apples AS SELECT id FROM shop.baskets WHERE fruit = 'apple';
CREATE FUNCTION shop.apple_count(f shop.fruit DEFAULT 'apple') RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM shop.baskets WHERE fruit = f $$;
