-- Ordinary and partitioned tables in the schemas in scope ($1), except the
-- excluded names ($2) and extension members; a partition comes with its
-- parent and bound, an inheritance child with its parents in inhseqno order.
-- columns.sql, constraints.sql and indexes.sql repeat this filter.
WITH inh AS (
    -- the parents of inheritance children (not partitions), in order
    SELECT i.inhrelid,
           array_agg(pn.nspname ORDER BY i.inhseqno) AS schemas,
           array_agg(pc.relname ORDER BY i.inhseqno) AS names
    FROM pg_inherits i
    JOIN pg_class ch ON ch.oid = i.inhrelid AND ch.relkind IN ('r', 'p') AND NOT ch.relispartition
    JOIN pg_class pc ON pc.oid = i.inhparent
    JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    GROUP BY i.inhrelid
)
SELECT c.oid,
       n.nspname,
       c.relname,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) ELSE '' END AS partition_key,
       coalesce(pn.nspname, '') AS parent_schema,
       coalesce(pc.relname, '') AS parent_name,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) ELSE '' END AS partition_bound,
       c.relpersistence = 'u' AS unlogged,
       c.reloptions,
       c.relrowsecurity,
       c.relforcerowsecurity,
       coalesce(d.description, '') AS comment,
       coalesce(inh.schemas, '{}') AS inherit_schemas,
       coalesce(inh.names, '{}') AS inherit_names
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = pi.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN inh ON inh.inhrelid = c.oid
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY($1)
  AND c.relname <> ALL($2)
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
