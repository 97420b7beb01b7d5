-- Extended statistics objects (pg_statistic_ext) in the schemas in scope
-- ($1) on the tables tables.sql reads ($1, $2), that no extension owns;
-- those on materialized views and foreign tables stay unmanaged
-- (unmanaged.sql). Columns come in the order PostgreSQL keeps them
-- (stxkeys, by column number; the model sorts them by name), expressions
-- (stxexprs, 14+) as pg_get_statisticsobjdef_expressions prints them. The
-- kinds are those asked for: 'e', which PostgreSQL adds for expressions,
-- is not one. The statistics target is -1 before 17 and NULL from 17 when
-- not set.
WITH tbl AS (
    -- managed_tables
)
SELECT n.nspname,
       st.stxname,
       tn.nspname AS table_schema,
       c.relname AS table_name,
       array_remove(ARRAY[
           CASE WHEN 'd' = ANY (st.stxkind) THEN 'ndistinct' END,
           CASE WHEN 'f' = ANY (st.stxkind) THEN 'dependencies' END,
           CASE WHEN 'm' = ANY (st.stxkind) THEN 'mcv' END], NULL) AS kinds,
       ARRAY(SELECT a.attname::text
             FROM unnest(st.stxkeys::int2[]) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = st.stxrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS columns,
       '{}'::text[] AS expressions, -- pg13
       coalesce(pg_get_statisticsobjdef_expressions(st.oid), '{}') AS expressions, -- pg14+
       coalesce(st.stxstattarget, -1)::int4 AS target,
       coalesce(d.description, '') AS comment
FROM pg_statistic_ext st
JOIN tbl ON tbl.oid = st.stxrelid
JOIN pg_class c ON c.oid = st.stxrelid
JOIN pg_namespace tn ON tn.oid = c.relnamespace
JOIN pg_namespace n ON n.oid = st.stxnamespace
LEFT JOIN pg_description d
       ON d.objoid = st.oid AND d.classoid = 'pg_statistic_ext'::regclass AND d.objsubid = 0
WHERE n.nspname = ANY($1)
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_statistic_ext'::regclass AND x.objid = st.oid AND x.deptype = 'e')
ORDER BY n.nspname, st.stxname
