-- Rewrite rules on the tables tables.sql reads and on the views views.sql
-- reads, other than a view's own _RETURN rule, in name order. Dependencies
-- are the relations, types and functions the rule uses besides its own
-- table or view.
WITH targets AS (
    -- dep_targets
), tbl AS (
    -- managed_tables
    UNION ALL
    SELECT c.oid
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'v'
      AND n.nspname = ANY($1)
      AND c.relname <> ALL($2)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
), rul AS (
    SELECT r.oid, r.ev_class, r.rulename, r.ev_enabled
    FROM pg_rewrite r
    JOIN tbl ON tbl.oid = r.ev_class
    WHERE r.rulename <> '_RETURN'
), deps AS (
    SELECT rul.oid,
           array_agg(tg.kind) AS kinds,
           array_agg(tg.schema) AS schemas,
           array_agg(tg.name) AS names,
           array_agg(tg.args) AS args
    FROM rul
    JOIN pg_depend dep ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = rul.oid
    JOIN targets tg ON tg.classid = dep.refclassid AND tg.objid = dep.refobjid
    WHERE NOT (dep.refclassid = 'pg_class'::regclass AND dep.refobjid = rul.ev_class)
    GROUP BY rul.oid
)
SELECT rul.ev_class,
       rul.rulename,
       pg_get_ruledef(rul.oid, false) AS definition,
       rul.ev_enabled::text AS enabled,
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM rul
LEFT JOIN deps ON deps.oid = rul.oid
LEFT JOIN pg_description d
       ON d.objoid = rul.oid AND d.classoid = 'pg_rewrite'::regclass AND d.objsubid = 0
ORDER BY rul.ev_class, rul.rulename
