-- Collations in the schemas in scope ($1) that no extension owns. The
-- columns are those CREATE COLLATION takes: an ICU collation has its
-- locale in colllocale (colliculocale on 15 and 16, collcollate before);
-- a libc one has LC_COLLATE and LC_CTYPE, given as one locale when they
-- are equal.
SELECT n.nspname,
       co.collname,
       CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' WHEN 'b' THEN 'builtin' ELSE 'default' END AS provider,
       CASE
           WHEN co.collprovider = 'i' THEN coalesce(co.collcollate, '') -- pg13-14
           WHEN co.collprovider = 'i' THEN coalesce(co.colliculocale, '') -- pg15-16
           WHEN co.collprovider IN ('i', 'b') THEN coalesce(co.colllocale, '') -- pg17+
           WHEN co.collcollate = co.collctype THEN coalesce(co.collcollate, '')
           ELSE ''
       END AS locale,
       CASE WHEN co.collprovider = 'c' AND co.collcollate <> co.collctype THEN co.collcollate ELSE '' END AS lc_collate,
       CASE WHEN co.collprovider = 'c' AND co.collcollate <> co.collctype THEN co.collctype ELSE '' END AS lc_ctype,
       co.collisdeterministic,
       coalesce(d.description, '') AS comment
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
LEFT JOIN pg_description d
       ON d.objoid = co.oid AND d.classoid = 'pg_collation'::regclass AND d.objsubid = 0
WHERE n.nspname = ANY($1)
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_collation'::regclass AND x.objid = co.oid AND x.deptype = 'e')
