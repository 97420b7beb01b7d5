-- A column and a table go with statistics on them: those on the column
-- are dropped before it (one is kept on the other columns, so it is
-- created again after), the table's go with it.
CREATE TABLE orders (id int PRIMARY KEY, zip text, country text);
CREATE STATISTICS orders_all ON zip, country FROM orders;
