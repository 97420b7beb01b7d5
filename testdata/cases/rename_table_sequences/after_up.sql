INSERT INTO people (name) VALUES ('edsger');
DO $$ BEGIN
  IF (SELECT count(*) FROM people) <> 3 OR (SELECT max(id) FROM people) <> 3 OR (SELECT max(n) FROM people) <> 3 THEN
    RAISE EXCEPTION 'rows lost or sequences restarted by the rename';
  END IF;
END $$;
