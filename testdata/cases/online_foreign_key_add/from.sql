-- Online mode: a foreign key on a table with rows is added NOT VALID, then
-- validated (SHARE UPDATE EXCLUSIVE: writes go on); no long-lock hazard.
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
INSERT INTO customers VALUES (1), (2);
INSERT INTO orders VALUES (10, 1), (11, 2), (12, NULL);
