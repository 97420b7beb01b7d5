-- User schemas: not a system schema, not created by an extension.
SELECT n.nspname,
       coalesce(d.description, '') AS comment
FROM pg_namespace n
LEFT JOIN pg_description d
       ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
WHERE n.nspname !~ '^pg_'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (
        SELECT FROM pg_depend e
        WHERE e.classid = 'pg_namespace'::regclass
          AND e.objid = n.oid
          AND e.deptype = 'e')
