CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE tickets (id integer PRIMARY KEY, priority priority NOT NULL DEFAULT 'low');
INSERT INTO tickets VALUES (1, 'high'), (2, DEFAULT);
