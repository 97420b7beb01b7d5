-- Row-level security policies of the tables tables.sql reads. Roles are
-- sorted, with PUBLIC (role OID 0) as "public".
WITH tbl AS (
    -- managed_tables
)
SELECT pol.polrelid,
       pol.polname,
       CASE pol.polcmd
           WHEN 'r' THEN 'SELECT'
           WHEN 'a' THEN 'INSERT'
           WHEN 'w' THEN 'UPDATE'
           WHEN 'd' THEN 'DELETE'
           ELSE 'ALL'
       END AS command,
       pol.polpermissive,
       ARRAY(
           SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END AS role
           FROM unnest(pol.polroles) AS r
           ORDER BY 1
       ) AS roles,
       coalesce(pg_get_expr(pol.polqual, pol.polrelid), '') AS using_expr,
       coalesce(pg_get_expr(pol.polwithcheck, pol.polrelid), '') AS with_check,
       coalesce(d.description, '') AS comment
FROM tbl
JOIN pg_policy pol ON pol.polrelid = tbl.oid
LEFT JOIN pg_description d
       ON d.objoid = pol.oid AND d.classoid = 'pg_policy'::regclass AND d.objsubid = 0
ORDER BY pol.polrelid, pol.polname
