CREATE TABLE items (id int PRIMARY KEY, name text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END;
$$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER items_touch_insert BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION touch();
