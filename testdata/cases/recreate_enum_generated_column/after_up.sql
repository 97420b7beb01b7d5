DO $$ BEGIN
  IF (SELECT label || w || loud FROM issues WHERE id = 1) <> 'todo1A' THEN
    RAISE EXCEPTION 'generated columns were not recomputed';
  END IF;
END $$;
