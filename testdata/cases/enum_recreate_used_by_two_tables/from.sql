CREATE SCHEMA shop;
CREATE TYPE shop.currency AS ENUM ('EUR', 'USD', 'DEM');
CREATE TABLE shop.prices (id integer PRIMARY KEY, currency shop.currency NOT NULL);
CREATE TABLE shop.payments (id integer PRIMARY KEY, currency shop.currency DEFAULT 'EUR');
CREATE INDEX payments_currency_idx ON shop.payments (currency);
INSERT INTO shop.prices VALUES (1, 'EUR'), (2, 'USD');
INSERT INTO shop.payments VALUES (1, 'USD'), (2, DEFAULT);
