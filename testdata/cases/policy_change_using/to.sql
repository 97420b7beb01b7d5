DO $$ BEGIN CREATE ROLE retort_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE doc (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON doc FOR SELECT TO retort_test_reader USING (owner <> '');
CREATE POLICY doc_update ON doc FOR UPDATE USING (owner = session_user) WITH CHECK (id > 10);
CREATE POLICY doc_checked ON doc FOR UPDATE USING (id > 0);
COMMENT ON POLICY doc_read ON doc IS 'readers read';
