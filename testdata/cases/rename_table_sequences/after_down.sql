INSERT INTO users (name) VALUES ('barbara');
DO $$ BEGIN
  IF (SELECT count(*) FROM users) <> 4 OR (SELECT max(id) FROM users) <> 4 OR (SELECT max(n) FROM users) <> 4 THEN
    RAISE EXCEPTION 'rows lost or sequences restarted by the rename back';
  END IF;
END $$;
