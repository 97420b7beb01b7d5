DO $$ BEGIN
  IF (SELECT count(*) FROM users WHERE fullname IN ('Ada Lovelace', 'Grace Hopper')) <> 2 THEN
    RAISE EXCEPTION 'values of full_name were lost by the rename back';
  END IF;
END $$;
