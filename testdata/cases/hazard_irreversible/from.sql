-- Irreversible hazards: the upgrade keeps every value, but the downgrade
-- narrows a widened type back and removes an added enum label, both of
-- which fail on values written after the upgrade.
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, hits integer, title varchar(20), status status);
INSERT INTO tickets VALUES (1, 3, 'first', 'open');
