CREATE TABLE items (id integer NOT NULL, name text);
CREATE TABLE item_log (id integer, op text);
-- log_delete goes, log_update changes, log_insert comes
CREATE RULE log_update AS ON UPDATE TO items WHERE NEW.name IS DISTINCT FROM OLD.name
    DO ALSO INSERT INTO item_log VALUES (NEW.id, 'rename');
COMMENT ON RULE log_update ON items IS 'renames';
CREATE RULE log_insert AS ON INSERT TO items DO ALSO INSERT INTO item_log VALUES (NEW.id, 'insert');
INSERT INTO items VALUES (1, 'a');
