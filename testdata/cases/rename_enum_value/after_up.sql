DO $$ BEGIN
  IF (SELECT count(*) FROM baskets WHERE fruit = 'blueberry') <> 2
     OR (SELECT count(*) FROM baskets WHERE 'blueberry' = ANY (extras)) <> 2 THEN
    RAISE EXCEPTION 'rows holding banana were lost by the rename';
  END IF;
END $$;
