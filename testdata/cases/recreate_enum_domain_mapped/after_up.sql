DO $$ BEGIN
  IF (SELECT count(*) FROM lunches WHERE main = 'apple' AND side::fruit = 'apple' AND sides::text = '{apple,cherry}' AND dessert::fruit = 'apple') <> 1 THEN
    RAISE EXCEPTION 'banana rows were not mapped to apple';
  END IF;
END $$;
