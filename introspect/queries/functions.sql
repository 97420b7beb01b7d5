-- Functions and procedures (not aggregates or window functions) in the
-- schemas in scope ($1), except extension members and functions that belong
-- to another object (range constructors, deptype 'i'). Dependencies are the
-- normal pg_depend entries: the types of the signature and, for a
-- SQL-standard body, the relations and functions it uses.
WITH targets AS (
    -- dep_targets
), fn AS (
    SELECT p.oid, n.nspname, p.proname, p.prokind
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p')
      AND n.nspname = ANY($1)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype IN ('e', 'i'))
), deps AS (
    SELECT fn.oid,
           array_agg(tg.kind) AS kinds,
           array_agg(tg.schema) AS schemas,
           array_agg(tg.name) AS names,
           array_agg(tg.args) AS args
    FROM fn
    JOIN pg_depend dep ON dep.classid = 'pg_proc'::regclass AND dep.objid = fn.oid AND dep.deptype = 'n'
    JOIN targets tg ON tg.classid = dep.refclassid AND tg.objid = dep.refobjid
    WHERE NOT (dep.refclassid = 'pg_proc'::regclass AND dep.refobjid = fn.oid)
    GROUP BY fn.oid
)
SELECT fn.nspname,
       fn.proname,
       fn.prokind = 'p' AS procedure,
       pg_get_function_arguments(fn.oid) AS arguments,
       pg_get_function_identity_arguments(fn.oid) AS identity_arguments,
       CASE WHEN fn.prokind = 'p' THEN '' ELSE coalesce(pg_get_function_result(fn.oid), '') END AS result,
       pg_get_functiondef(fn.oid) AS definition,
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM fn
LEFT JOIN deps ON deps.oid = fn.oid
LEFT JOIN pg_description d
       ON d.objoid = fn.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
