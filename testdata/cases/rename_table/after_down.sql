DO $$ BEGIN
  IF (SELECT count(*) FROM users) <> 2 OR (SELECT count(*) FROM user_names) <> 2 THEN
    RAISE EXCEPTION 'rows of people were lost by the rename back';
  END IF;
END $$;
