-- A renamed schema keeps everything in it: a table with rows, an enum its
-- column uses, a sequence its default uses, a view.
CREATE SCHEMA store;
CREATE TYPE store.fruit AS ENUM ('apple', 'banana');
CREATE SEQUENCE store.basket_ids;
CREATE TABLE store.baskets (id integer PRIMARY KEY DEFAULT nextval('store.basket_ids'), fruit store.fruit NOT NULL DEFAULT 'apple');
CREATE VIEW store.apples AS SELECT id FROM store.baskets WHERE fruit = 'apple';
INSERT INTO store.baskets (fruit) VALUES ('apple'), ('banana');
