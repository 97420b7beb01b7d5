-- x.data goes; report, which read it, now reads the table.
CREATE SCHEMA x;
CREATE TABLE x.raw (id int PRIMARY KEY, v text);
CREATE VIEW public.report AS SELECT count(*) AS n FROM x.raw;
CREATE VIEW public.keep AS SELECT id FROM x.raw;
