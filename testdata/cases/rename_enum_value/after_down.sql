DO $$ BEGIN
  IF (SELECT count(*) FROM baskets WHERE fruit = 'banana') <> 2
     OR (SELECT count(*) FROM baskets WHERE 'banana' = ANY (extras)) <> 2 THEN
    RAISE EXCEPTION 'rows holding blueberry were lost by the rename back';
  END IF;
END $$;
