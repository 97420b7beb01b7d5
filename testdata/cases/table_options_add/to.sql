CREATE TABLE events (id bigint PRIMARY KEY, body text)
    WITH (fillfactor = 80, autovacuum_enabled = false);
