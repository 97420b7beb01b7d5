-- The table was emptied after the materialized view was filled: a view
-- created again would hold NULL.
DO $$ BEGIN
  IF (SELECT total FROM score_totals) IS DISTINCT FROM 30 THEN
    RAISE EXCEPTION 'the materialized view was created again instead of renamed';
  END IF;
END $$;
