DO $$ BEGIN
  IF (SELECT string_agg(size::text, ',' ORDER BY id) FROM shirts) <> 'small,large' THEN
    RAISE EXCEPTION 'rows not kept';
  END IF;
END $$;
INSERT INTO shirts VALUES (3, 'medium');
DELETE FROM shirts WHERE id = 3;
