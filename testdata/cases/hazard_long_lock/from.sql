-- Every long-lock hazard (plans not online): SET NOT NULL, a foreign key
-- and a check added without NOT VALID, an index built and one dropped
-- without CONCURRENTLY, and a type change that rebuilds the column's index.
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, amount integer, code integer, note text);
CREATE INDEX orders_note_idx ON orders (note);
CREATE INDEX orders_code_idx ON orders (code);
INSERT INTO customers VALUES (1);
INSERT INTO orders VALUES (1, 1, 5, 7, 'x');
