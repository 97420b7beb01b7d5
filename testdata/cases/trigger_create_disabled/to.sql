CREATE TABLE items (id int PRIMARY KEY, name text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER items_touch BEFORE UPDATE OF name ON items FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION touch();
CREATE TRIGGER items_touch_insert BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE items DISABLE TRIGGER items_touch_insert;
COMMENT ON TRIGGER items_touch ON items IS 'keeps updated_at';
