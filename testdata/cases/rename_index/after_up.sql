DO $$ BEGIN
  IF (SELECT count(*) FROM users) <> 2 OR to_regclass('public.users_email_key') IS NULL THEN
    RAISE EXCEPTION 'rows or index lost by the rename';
  END IF;
END $$;
