CREATE TABLE data (id int PRIMARY KEY, amount int, label text);
INSERT INTO data VALUES (1, 10, 'x'), (2, 20, 'y');
CREATE VIEW v1 AS SELECT id, amount FROM data;
CREATE VIEW v2 AS SELECT id, amount * 2 AS twice FROM v1;
CREATE VIEW v3 AS SELECT sum(twice) AS total FROM v2;
CREATE VIEW side AS SELECT label FROM data;
