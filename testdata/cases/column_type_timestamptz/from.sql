CREATE TABLE visits (id integer PRIMARY KEY, seen_at timestamp NOT NULL DEFAULT now());
INSERT INTO visits VALUES (1, '2024-01-02 03:04:05');
