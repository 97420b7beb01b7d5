CREATE TYPE state AS ENUM ('new', 'open', 'closed');
CREATE TABLE issues (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'new');
