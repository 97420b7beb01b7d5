DO $$ BEGIN
  IF (SELECT count(*) FROM events WHERE event_kind IN ('a', 'b')) <> 2 THEN
    RAISE EXCEPTION 'values lost by the rename';
  END IF;
END $$;
