DO $$ BEGIN
  IF (SELECT count(*) FROM accounts) <> 2 OR (SELECT count(*) FROM payments) <> 2 THEN
    RAISE EXCEPTION 'rows lost by the rename';
  END IF;
END $$;
