-- x.data gains a column in the middle (CREATE OR REPLACE VIEW cannot):
-- it is dropped and created again; y.report and y.summary over it are
-- dropped before and created after, y.gone just goes.
CREATE SCHEMA x;
CREATE SCHEMA y;
CREATE TABLE x.raw (id int PRIMARY KEY, v int, w text);
CREATE VIEW x.data AS SELECT id, w, v FROM x.raw;
CREATE VIEW y.report AS SELECT id, v FROM x.data WHERE v > 0;
CREATE VIEW y.summary AS SELECT count(*) AS n FROM y.report;
