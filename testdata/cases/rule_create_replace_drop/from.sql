CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE item_log (id integer, op text);
CREATE RULE log_delete AS ON DELETE TO items DO ALSO INSERT INTO item_log VALUES (OLD.id, 'delete');
CREATE RULE log_update AS ON UPDATE TO items DO ALSO INSERT INTO item_log VALUES (OLD.id, 'update');
COMMENT ON RULE log_update ON items IS 'updates';
INSERT INTO items VALUES (1, 'a');
