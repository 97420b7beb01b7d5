CREATE SCHEMA x;
CREATE SCHEMA y;
CREATE TABLE x.raw (id int PRIMARY KEY, v int, w text);
CREATE VIEW x.data AS SELECT id, v FROM x.raw;
CREATE VIEW y.report AS SELECT id, v FROM x.data WHERE v > 0;
CREATE VIEW y.gone AS SELECT id FROM x.data;
CREATE VIEW y.summary AS SELECT count(*) AS n FROM y.report;
