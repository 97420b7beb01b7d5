CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE counts (n integer);
CREATE VIEW item_names AS SELECT name FROM items;
CREATE RULE counts_noop AS ON UPDATE TO counts DO INSTEAD SELECT count(*) FROM item_names;
CREATE VIEW items_v AS SELECT id, name FROM items;
CREATE RULE items_v_insert AS ON INSERT TO items_v DO INSTEAD INSERT INTO items VALUES (NEW.id, NEW.name);
