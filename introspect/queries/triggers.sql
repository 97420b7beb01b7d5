-- User triggers on the tables tables.sql reads and on the views views.sql
-- reads; triggers cloned onto partitions from their parent (tgparentid) are
-- the parent's and left out.
WITH tbl AS (
    -- managed_tables
    UNION ALL
    SELECT c.oid
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm')
      AND n.nspname = ANY($1)
      AND c.relname <> ALL($2)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
)
SELECT tg.tgrelid,
       tg.tgname,
       pg_get_triggerdef(tg.oid, false) AS definition,
       tg.tgenabled::text AS enabled,
       fn.nspname AS function_schema,
       p.proname AS function_name,
       pg_get_function_identity_arguments(p.oid) AS function_args,
       coalesce(d.description, '') AS comment
FROM tbl
JOIN pg_trigger tg ON tg.tgrelid = tbl.oid
JOIN pg_proc p ON p.oid = tg.tgfoid
JOIN pg_namespace fn ON fn.oid = p.pronamespace
LEFT JOIN pg_description d
       ON d.objoid = tg.oid AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0
WHERE NOT tg.tgisinternal
  AND tg.tgparentid = 0
