CREATE TABLE items (id integer PRIMARY KEY, price numeric, qty integer);
ALTER TABLE items ADD CONSTRAINT items_price_check CHECK (price >= 0);
ALTER TABLE items ADD CONSTRAINT items_qty_check CHECK (qty > 0) NOT VALID;
