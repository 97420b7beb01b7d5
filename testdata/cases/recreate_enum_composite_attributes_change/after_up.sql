DO $$ BEGIN
  IF (SELECT (qty).value FROM stock WHERE id = 1) <> 2.5 OR (SELECT (qty).unit::text FROM stock WHERE id = 1) <> 'kg'
     OR (SELECT history[1].unit::text FROM stock WHERE id = 1) <> 'g' THEN
    RAISE EXCEPTION 'stock values were not kept';
  END IF;
END $$;
