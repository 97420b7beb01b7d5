-- firing states change in place; a new rule is created disabled
CREATE TABLE items (id integer NOT NULL);
CREATE TABLE item_log (id integer);
CREATE RULE a_log AS ON INSERT TO items DO ALSO INSERT INTO item_log VALUES (NEW.id);
CREATE RULE b_keep AS ON DELETE TO items DO INSTEAD NOTHING;
CREATE RULE c_replica AS ON UPDATE TO items DO ALSO NOTHING;
CREATE RULE d_new AS ON DELETE TO items WHERE OLD.id < 0 DO ALSO NOTHING;
ALTER TABLE items DISABLE RULE a_log;
ALTER TABLE items ENABLE ALWAYS RULE b_keep;
ALTER TABLE items ENABLE REPLICA RULE c_replica;
ALTER TABLE items DISABLE RULE d_new;
-- replaced in place: it stays disabled
CREATE RULE e_changed AS ON INSERT TO items WHERE NEW.id < -10 DO INSTEAD NOTHING;
ALTER TABLE items DISABLE RULE e_changed;
