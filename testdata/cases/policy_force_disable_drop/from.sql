DO $$ BEGIN CREATE ROLE retort_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE doc (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc FORCE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON doc FOR SELECT TO retort_test_reader USING (true);
CREATE POLICY doc_write ON doc FOR INSERT WITH CHECK (owner = current_user);
CREATE TABLE item (id int);
