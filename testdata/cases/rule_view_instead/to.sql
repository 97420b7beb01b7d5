CREATE TABLE items (id integer NOT NULL, name text, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW visible_items AS SELECT id, name FROM items WHERE NOT hidden;
INSERT INTO items VALUES (1, 'a', false);
-- the view takes inserts and deletes through rules
CREATE RULE visible_items_insert AS ON INSERT TO visible_items
    DO INSTEAD INSERT INTO items (id, name) VALUES (NEW.id, NEW.name);
CREATE RULE visible_items_delete AS ON DELETE TO visible_items
    DO INSTEAD UPDATE items SET hidden = true WHERE id = OLD.id;
COMMENT ON RULE visible_items_insert ON visible_items IS 'inserts go to items';
