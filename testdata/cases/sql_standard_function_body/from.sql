CREATE TABLE counters (name text PRIMARY KEY, n int NOT NULL DEFAULT 0);
