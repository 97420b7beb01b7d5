CREATE TABLE m (v int);
CREATE AGGREGATE msum(int) (
    SFUNC = int4pl, STYPE = int, COMBINEFUNC = int4pl,
    MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = int,
    PARALLEL = SAFE);
CREATE AGGREGATE biggest(int) (SFUNC = int4larger, STYPE = int, SORTOP = >);
CREATE VIEW running AS SELECT msum(v) OVER (ORDER BY v ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s, biggest(v) OVER () AS b FROM m;
