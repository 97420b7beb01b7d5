CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT i + 1 $$;
CREATE FUNCTION greet(who text DEFAULT 'world') RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN 'hello ' || who;
END;
$$;
