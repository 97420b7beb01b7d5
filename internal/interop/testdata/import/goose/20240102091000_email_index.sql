-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY users_lower_email ON users (lower(email));
CREATE INDEX CONCURRENTLY users_mood ON users (mood);

-- +goose Down
DROP INDEX CONCURRENTLY users_mood;
DROP INDEX CONCURRENTLY users_lower_email;
