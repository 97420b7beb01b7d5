CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE stock (id integer PRIMARY KEY, warehouse_id integer);
ALTER TABLE stock ADD CONSTRAINT stock_warehouse_id_fkey
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) NOT VALID;
