-- A small shop schema.
CREATE SCHEMA shop;

CREATE TABLE shop.product (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL,
    price numeric CHECK (price > 0)
);
