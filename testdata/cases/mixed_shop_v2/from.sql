CREATE TABLE customers (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    fax text
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    total numeric(8,2),
    status text NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE TABLE old_promotions (code text PRIMARY KEY);
INSERT INTO customers (name, fax) VALUES ('Ann', '555'), ('Bob', NULL);
INSERT INTO orders (customer_id, total) VALUES (1, 10.50), (1, 20), (2, 5);
INSERT INTO old_promotions VALUES ('SUMMER');
