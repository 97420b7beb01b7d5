DO $$ BEGIN
  IF (SELECT count(*) FROM entries WHERE mood IS NOT NULL AND price IS NOT NULL AND (coords).b IS NOT NULL) <> 2
     OR (SELECT moods FROM entries WHERE id = 1) <> '{sad,happy}'::feeling[] THEN
    RAISE EXCEPTION 'values lost by the rename';
  END IF;
END $$;
