CREATE TYPE state AS ENUM ('open', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, state state NOT NULL);
