CREATE EXTENSION citext;
CREATE SCHEMA shop;
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE customers (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email citext UNIQUE,
    vip boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE customers IS 'who buys';
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    placed_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC);
CREATE TABLE shop.order_lines (
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no smallint NOT NULL,
    sku text NOT NULL,
    qty integer NOT NULL CHECK (qty > 0),
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_sku_idx ON shop.order_lines (sku);
