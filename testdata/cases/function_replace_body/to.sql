CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT i + 2 - 1 $$;
CREATE FUNCTION greet(who text DEFAULT 'world') RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  RETURN 'hi ' || who || ';';
END;
$$;
COMMENT ON FUNCTION greet(text) IS 'says hello';
