DO $$ BEGIN CREATE ROLE retort_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION can_see(o text, lvl int DEFAULT 1) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT o = current_user AND lvl >= 1';
CREATE TABLE doc (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON doc FOR SELECT USING (can_see(owner));
CREATE POLICY doc_write ON doc FOR INSERT WITH CHECK (can_see(owner));
