CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(m text) LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log VALUES (m);
END;
$$;
COMMENT ON PROCEDURE write_log(text) IS 'appends to the log';
