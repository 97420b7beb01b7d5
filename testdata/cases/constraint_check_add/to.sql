CREATE TABLE products (id integer PRIMARY KEY, price numeric CHECK (price > 0), discount numeric,
    CONSTRAINT discount_below_price CHECK (discount IS NULL OR discount < price));
