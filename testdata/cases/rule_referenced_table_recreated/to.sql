-- item_log is re-created (its partition key changes) and archive.name
-- changes type: both are used by rules on items, which are dropped first
-- and created again
CREATE TABLE items (id integer NOT NULL, name text);
INSERT INTO items VALUES (1, 'a');
CREATE TABLE item_log (id integer NOT NULL, at date NOT NULL DEFAULT CURRENT_DATE) PARTITION BY LIST (at);
CREATE TABLE item_log_all PARTITION OF item_log DEFAULT;
CREATE TABLE archive (id integer, name text);
CREATE RULE log_insert AS ON INSERT TO items DO ALSO INSERT INTO item_log (id) VALUES (NEW.id);
CREATE RULE archive_delete AS ON DELETE TO items DO ALSO INSERT INTO archive VALUES (OLD.id, OLD.name);
