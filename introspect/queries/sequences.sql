-- Free-standing sequences in the schemas in scope ($1): not the implicit
-- sequence of an identity column (deptype 'i'), not an extension member, not
-- owned by an excluded table ($2).
SELECT n.nspname,
       c.relname,
       format_type(s.seqtypid, NULL) AS type,
       s.seqstart,
       s.seqincrement,
       s.seqmin,
       s.seqmax,
       s.seqcache,
       s.seqcycle,
       coalesce(tn.nspname, '') AS owner_schema,
       coalesce(tc.relname, '') AS owner_table,
       coalesce(ta.attname, '') AS owner_column,
       coalesce(d.description, '') AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend o
       ON o.classid = 'pg_class'::regclass AND o.objid = c.oid AND o.objsubid = 0
      AND o.refclassid = 'pg_class'::regclass AND o.refobjsubid > 0 AND o.deptype = 'a'
LEFT JOIN pg_class tc ON tc.oid = o.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute ta ON ta.attrelid = o.refobjid AND ta.attnum = o.refobjsubid
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind = 'S'
  AND n.nspname = ANY($1)
  AND (tc.relname IS NULL OR tc.relname <> ALL($2))
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_class'::regclass
          AND x.objid = c.oid
          AND x.deptype IN ('i', 'e'))
