CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2), note varchar(20));
INSERT INTO orders VALUES (1, 9.5, 'x');
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE VIEW big_orders AS SELECT id FROM order_totals WHERE total > 100;
CREATE VIEW notes AS SELECT note FROM orders;
