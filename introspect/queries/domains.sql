-- Domains in the schemas in scope ($1) that no extension owns, with their
-- named checks (parallel arrays sorted by name) and the types and functions
-- they use, found in pg_depend on the type and on its constraints.
WITH targets AS (
    -- dep_targets
), dom AS (
    SELECT t.oid, t.typnamespace, t.typname, t.typbasetype, t.typtypmod, t.typnotnull,
           t.typdefault, t.typcollation
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'd'
      AND n.nspname = ANY($1)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
), checks AS (
    SELECT co.contypid,
           array_agg(co.conname ORDER BY co.conname) AS names,
           array_agg(pg_get_constraintdef(co.oid) ORDER BY co.conname) AS expressions,
           array_agg(NOT co.convalidated ORDER BY co.conname) AS not_valid,
           array_agg(coalesce(d.description, '') ORDER BY co.conname) AS comments
    FROM pg_constraint co
    JOIN dom ON dom.oid = co.contypid
    LEFT JOIN pg_description d
           ON d.objoid = co.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
    WHERE co.contype = 'c'
    GROUP BY co.contypid
), uses AS (
    SELECT dom.oid, dep.refclassid, dep.refobjid
    FROM dom
    JOIN pg_depend dep ON dep.classid = 'pg_type'::regclass AND dep.objid = dom.oid
    UNION ALL
    SELECT co.contypid, dep.refclassid, dep.refobjid
    FROM pg_constraint co
    JOIN dom ON dom.oid = co.contypid
    JOIN pg_depend dep ON dep.classid = 'pg_constraint'::regclass AND dep.objid = co.oid
), deps AS (
    SELECT uses.oid,
           array_agg(tg.kind) AS kinds,
           array_agg(tg.schema) AS schemas,
           array_agg(tg.name) AS names,
           array_agg(tg.args) AS args
    FROM uses
    JOIN targets tg ON tg.classid = uses.refclassid AND tg.objid = uses.refobjid
    WHERE NOT (uses.refclassid = 'pg_type'::regclass AND uses.refobjid = uses.oid)
    GROUP BY uses.oid
)
SELECT n.nspname,
       dom.typname,
       format_type(dom.typbasetype, dom.typtypmod) AS type,
       dom.typnotnull,
       coalesce(dom.typdefault, '') AS default_expr,
       coalesce(CASE WHEN dom.typcollation <> bt.typcollation THEN cn.nspname END, '') AS collation_schema,
       coalesce(CASE WHEN dom.typcollation <> bt.typcollation THEN co.collname END, '') AS collation_name,
       checks.names AS check_names,
       checks.expressions AS check_expressions,
       checks.not_valid AS check_not_valid,
       checks.comments AS check_comments,
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM dom
JOIN pg_namespace n ON n.oid = dom.typnamespace
JOIN pg_type bt ON bt.oid = dom.typbasetype
LEFT JOIN checks ON checks.contypid = dom.oid
LEFT JOIN deps ON deps.oid = dom.oid
LEFT JOIN pg_collation co ON co.oid = dom.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_description d
       ON d.objoid = dom.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
