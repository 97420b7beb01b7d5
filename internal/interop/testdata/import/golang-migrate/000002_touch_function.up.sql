CREATE FUNCTION touch_email(u users) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN lower(u.email);
END;
$$;
INSERT INTO users (email) VALUES ('a@example.com');
