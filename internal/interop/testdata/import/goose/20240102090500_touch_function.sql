-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION touch_email(u users) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN lower(u.email);
END;
$$;
-- +goose StatementEnd
INSERT INTO users (email) VALUES ('a@example.com');

-- +goose Down
DELETE FROM users;
DROP FUNCTION touch_email(users);
