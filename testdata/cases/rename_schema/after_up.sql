DO $$ BEGIN
  IF (SELECT count(*) FROM shop.baskets) <> 2 OR (SELECT count(*) FROM shop.apples) <> 1 THEN
    RAISE EXCEPTION 'rows lost by the rename';
  END IF;
END $$;
INSERT INTO shop.baskets DEFAULT VALUES;
