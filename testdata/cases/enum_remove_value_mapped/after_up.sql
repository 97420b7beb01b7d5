DO $$ BEGIN
  IF (SELECT count(*) FROM baskets) <> 4
     OR (SELECT count(*) FROM baskets WHERE fruit = 'apple') <> 3
     OR (SELECT extras FROM baskets WHERE id = 1) <> '{apple,cherry}'
     OR (SELECT extras FROM baskets WHERE id = 4) <> '{apple}'
     OR (SELECT extras FROM baskets WHERE id = 2) IS NOT NULL THEN
    RAISE EXCEPTION 'rows holding banana were not mapped to apple';
  END IF;
END $$;
