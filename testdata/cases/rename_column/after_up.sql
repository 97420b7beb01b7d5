DO $$ BEGIN
  IF (SELECT count(*) FROM users WHERE full_name IN ('Ada Lovelace', 'Grace Hopper')) <> 2 THEN
    RAISE EXCEPTION 'values of fullname were lost by the rename';
  END IF;
END $$;
