CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer CONSTRAINT orders_pk PRIMARY KEY,
    code text CONSTRAINT orders_code_key UNIQUE,
    qty integer CONSTRAINT orders_qty_positive CHECK (qty > 0),
    customer_id integer CONSTRAINT orders_customer_fk REFERENCES customers
);
CREATE INDEX orders_qty_idx ON orders (qty);
COMMENT ON TABLE orders IS 'all orders';
COMMENT ON COLUMN orders.code IS 'order code';
COMMENT ON CONSTRAINT orders_pk ON orders IS 'primary key';
COMMENT ON CONSTRAINT orders_code_key ON orders IS 'codes are unique';
COMMENT ON CONSTRAINT orders_qty_positive ON orders IS 'no empty orders';
COMMENT ON CONSTRAINT orders_customer_fk ON orders IS 'who ordered';
COMMENT ON INDEX orders_qty_idx IS 'by quantity';
