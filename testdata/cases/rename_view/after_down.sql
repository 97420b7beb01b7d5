DO $$ BEGIN
  IF (SELECT total FROM totals) IS DISTINCT FROM 30 THEN
    RAISE EXCEPTION 'the materialized view was created again instead of renamed back';
  END IF;
END $$;
