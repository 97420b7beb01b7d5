-- secret goes: visibility is created again; the policies and the trigger
-- conditions that name it are dropped before and created after, also on
-- a table without a column of it.
CREATE TYPE visibility AS ENUM ('public', 'team', 'private');
CREATE TABLE docs (id int PRIMARY KEY, vis visibility NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY open_docs ON docs FOR SELECT USING (vis = 'public');
CREATE TABLE audit (id int, note text);
CREATE POLICY no_secrets ON audit USING (note IS DISTINCT FROM 'private'::visibility::text);
CREATE FUNCTION log_doc() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (NEW.id, 'private'); RETURN NEW; END $$;
CREATE TRIGGER docs_private AFTER INSERT ON docs FOR EACH ROW WHEN (NEW.vis = 'private') EXECUTE FUNCTION log_doc();
CREATE TRIGGER audit_marker BEFORE INSERT ON audit FOR EACH ROW WHEN (NEW.note = 'team'::visibility::text) EXECUTE FUNCTION suppress_redundant_updates_trigger();
