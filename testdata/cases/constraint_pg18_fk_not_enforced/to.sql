CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, warehouse_id integer,
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers ON DELETE CASCADE NOT ENFORCED,
    CONSTRAINT orders_warehouse_fkey FOREIGN KEY (warehouse_id) REFERENCES warehouses
        DEFERRABLE INITIALLY DEFERRED NOT ENFORCED);
