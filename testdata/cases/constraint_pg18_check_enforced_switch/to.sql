CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL, price numeric NOT NULL,
    CONSTRAINT items_qty_positive CHECK (qty > 0) NOT ENFORCED,
    CONSTRAINT items_price_positive CHECK (price > 0) ENFORCED);
