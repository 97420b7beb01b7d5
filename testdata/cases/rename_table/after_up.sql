DO $$ BEGIN
  IF (SELECT count(*) FROM people) <> 2 OR (SELECT count(*) FROM orders JOIN people ON people.id = orders.user_id) <> 2 THEN
    RAISE EXCEPTION 'rows of users were lost by the rename';
  END IF;
END $$;
