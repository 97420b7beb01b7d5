CREATE TYPE state AS ENUM ('new', 'open', 'stale', 'closed');
CREATE TABLE issues (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'new');
INSERT INTO issues VALUES (1, 'new'), (2, 'open'), (3, 'closed');
