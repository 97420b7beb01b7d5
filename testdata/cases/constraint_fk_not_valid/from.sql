CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE stock (id integer PRIMARY KEY, warehouse_id integer);
INSERT INTO warehouses VALUES (1);
-- Row 2 points nowhere: a NOT VALID foreign key leaves it alone.
INSERT INTO stock VALUES (1, 1), (2, 99);
