DO $$ BEGIN
  IF (SELECT count(*) FROM shop.baskets) <> 2 OR (SELECT count(*) FROM shop.apples) <> 1 OR shop.apple_count() <> 1 THEN
    RAISE EXCEPTION 'rows lost by the rename, or the function still reads the old schema';
  END IF;
END $$;
INSERT INTO shop.baskets DEFAULT VALUES;
