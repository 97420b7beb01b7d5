INSERT INTO visible_items VALUES (2, 'b');
DELETE FROM visible_items WHERE id = 1;
DO $$ BEGIN
    IF (SELECT count(*) FROM items WHERE hidden) <> 1 THEN RAISE EXCEPTION 'delete rule did not run'; END IF;
END $$;
