CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, warehouse_id integer,
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers ON DELETE CASCADE);
INSERT INTO customers VALUES (1), (2);
INSERT INTO warehouses VALUES (1);
-- Order 3's warehouse does not exist: the foreign key to.sql adds on it is
-- NOT ENFORCED, so it is added anyway.
INSERT INTO orders VALUES (1, 1, 1), (2, 2, 1), (3, 2, 7);
