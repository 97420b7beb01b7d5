-- v1 changes a column's type: v3 over v2 over v1 are dropped before it and
-- created after it, in dependency order.
CREATE TABLE data (id int PRIMARY KEY, amount int, label text);
CREATE VIEW v1 AS SELECT id, amount::bigint AS amount FROM data;
CREATE VIEW v2 AS SELECT id, amount * 2 AS twice FROM v1;
CREATE VIEW v3 AS SELECT sum(twice) AS total FROM v2;
CREATE VIEW side AS SELECT label FROM data;
