-- The label comes back; the rows keep the label they were mapped to.
DO $$ BEGIN
  IF (SELECT count(*) FROM baskets WHERE fruit = 'apple') <> 3 THEN
    RAISE EXCEPTION 'rows lost by the downgrade';
  END IF;
END $$;
INSERT INTO baskets VALUES (5, 'banana', '{banana}');
