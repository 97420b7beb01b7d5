CREATE INDEX CONCURRENTLY users_lower_email ON users (lower(email));
