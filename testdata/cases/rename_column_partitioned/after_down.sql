DO $$ BEGIN
  IF (SELECT count(*) FROM events WHERE kind IN ('a', 'b')) <> 2 THEN
    RAISE EXCEPTION 'values lost by the rename back';
  END IF;
END $$;
