CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL, price numeric NOT NULL,
    CONSTRAINT items_qty_positive CHECK (qty > 0),
    CONSTRAINT items_price_positive CHECK (price > 0) NOT ENFORCED);
-- Every row meets both checks, so each can become ENFORCED again.
INSERT INTO items VALUES (1, 3, 9.99), (2, 1, 120);
