-- Enum types in the schemas in scope ($1), labels in sort order.
SELECT n.nspname,
       t.typname,
       coalesce(array_agg(e.enumlabel ORDER BY e.enumsortorder) FILTER (WHERE e.oid IS NOT NULL), '{}') AS labels,
       coalesce(min(d.description), '') AS comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_enum e ON e.enumtypid = t.oid
LEFT JOIN pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'e'
  AND n.nspname = ANY($1)
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_type'::regclass
          AND x.objid = t.oid
          AND x.deptype = 'e')
GROUP BY t.oid, n.nspname, t.typname
