CREATE SCHEMA x;
CREATE TABLE x.raw (id int PRIMARY KEY, v text);
CREATE VIEW x.data AS SELECT id, v FROM x.raw;
CREATE VIEW public.report AS SELECT count(*) AS n FROM x.data;
CREATE VIEW public.keep AS SELECT id FROM x.raw;
