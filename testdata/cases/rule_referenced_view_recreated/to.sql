-- item_names and items_v change: the rule on counts that reads item_names
-- and the rule on items_v are dropped first and created again
CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE counts (n integer);
CREATE VIEW item_names AS SELECT name, id FROM items;
CREATE RULE counts_noop AS ON UPDATE TO counts DO INSTEAD SELECT count(*) FROM item_names;
CREATE VIEW items_v AS SELECT id, name, upper(name) AS shout FROM items;
CREATE RULE items_v_insert AS ON INSERT TO items_v DO INSTEAD INSERT INTO items VALUES (NEW.id, NEW.name);
