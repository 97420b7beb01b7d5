-- Views and materialized views in the schemas in scope ($1), except the
-- excluded names ($2) and extension members. Columns are parallel arrays in
-- attnum order. Dependencies are what the view's _RETURN rule depends on.
WITH targets AS (
    -- dep_targets
), vw AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.reloptions
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm')
      AND n.nspname = ANY($1)
      AND c.relname <> ALL($2)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
), cols AS (
    SELECT vw.oid,
           array_agg(a.attname ORDER BY a.attnum) AS names,
           array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS types,
           array_agg(coalesce(d.description, '') ORDER BY a.attnum) AS comments
    FROM vw
    JOIN pg_attribute a ON a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_description d
           ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
    GROUP BY vw.oid
), deps AS (
    SELECT vw.oid,
           array_agg(tg.kind) AS kinds,
           array_agg(tg.schema) AS schemas,
           array_agg(tg.name) AS names,
           array_agg(tg.args) AS args
    FROM vw
    JOIN pg_rewrite r ON r.ev_class = vw.oid AND r.rulename = '_RETURN'
    JOIN pg_depend dep ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = r.oid
    JOIN targets tg ON tg.classid = dep.refclassid AND tg.objid = dep.refobjid
    WHERE NOT (dep.refclassid = 'pg_class'::regclass AND dep.refobjid = vw.oid)
    GROUP BY vw.oid
)
SELECT vw.oid,
       vw.nspname,
       vw.relname,
       vw.relkind = 'm' AS materialized,
       pg_get_viewdef(vw.oid, false) AS definition,
       coalesce(cols.names, '{}'),
       coalesce(cols.types, '{}'),
       coalesce(cols.comments, '{}'),
       vw.reloptions,
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM vw
LEFT JOIN cols ON cols.oid = vw.oid
LEFT JOIN deps ON deps.oid = vw.oid
LEFT JOIN pg_description d
       ON d.objoid = vw.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
