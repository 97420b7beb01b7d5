-- Ordinary and partitioned tables in the schemas in scope ($1), except the
-- excluded names ($2), partitions, inheritance children and extension members.
-- columns.sql, constraints.sql and indexes.sql repeat this filter.
SELECT c.oid,
       n.nspname,
       c.relname,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) ELSE '' END AS partition_key,
       c.relpersistence = 'u' AS unlogged,
       c.reloptions,
       c.relrowsecurity,
       c.relforcerowsecurity,
       coalesce(d.description, '') AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY($1)
  AND c.relname <> ALL($2)
  AND NOT EXISTS (SELECT FROM pg_inherits i WHERE i.inhrelid = c.oid)
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
