-- Extensions installed in a schema in scope ($1), or, when the whole
-- database is in scope ($2), in a schema the extension itself created.
SELECT x.extname,
       n.nspname,
       x.extversion,
       coalesce(av.default_version, '') AS default_version,
       ARRAY(SELECT r.extname
             FROM pg_depend e
             JOIN pg_extension r ON r.oid = e.refobjid
             WHERE e.classid = 'pg_extension'::regclass
               AND e.objid = x.oid
               AND e.refclassid = 'pg_extension'::regclass
               AND e.deptype = 'n'
             ORDER BY r.extname) AS requires,
       coalesce(d.description, '') AS comment
FROM pg_extension x
JOIN pg_namespace n ON n.oid = x.extnamespace
LEFT JOIN pg_available_extensions av ON av.name = x.extname
LEFT JOIN pg_description d
       ON d.objoid = x.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
WHERE n.nspname = ANY($1)
   OR ($2 AND EXISTS (
        SELECT FROM pg_depend e
        WHERE e.classid = 'pg_namespace'::regclass
          AND e.objid = n.oid
          AND e.refclassid = 'pg_extension'::regclass
          AND e.refobjid = x.oid
          AND e.deptype = 'e'))
