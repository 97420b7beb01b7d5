DO $$ BEGIN CREATE ROLE retort_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE doc (id int PRIMARY KEY, owner text NOT NULL, body text);
