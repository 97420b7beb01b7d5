DO $$ BEGIN
  IF (SELECT count(*) FROM store.baskets) <> 3 THEN
    RAISE EXCEPTION 'rows lost by the rename back';
  END IF;
END $$;
