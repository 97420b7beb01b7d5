-- Composite types (CREATE TYPE ... AS) in the schemas in scope ($1) that no
-- extension owns. Attributes are parallel arrays in attnum order; the types
-- they use come from pg_depend on the type's relation.
WITH targets AS (
    -- dep_targets
), comp AS (
    SELECT t.oid, n.nspname, t.typname, t.typrelid
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    JOIN pg_class c ON c.oid = t.typrelid
    WHERE t.typtype = 'c'
      AND c.relkind = 'c'
      AND n.nspname = ANY($1)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
), attrs AS (
    SELECT comp.oid,
           array_agg(a.attname ORDER BY a.attnum) AS names,
           array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS types,
           array_agg(coalesce(CASE WHEN a.attcollation <> at.typcollation THEN cn.nspname END, '') ORDER BY a.attnum)
               AS collation_schemas,
           array_agg(coalesce(CASE WHEN a.attcollation <> at.typcollation THEN co.collname END, '') ORDER BY a.attnum)
               AS collation_names,
           array_agg(coalesce(d.description, '') ORDER BY a.attnum) AS comments
    FROM comp
    JOIN pg_attribute a ON a.attrelid = comp.typrelid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type at ON at.oid = a.atttypid
    LEFT JOIN pg_collation co ON co.oid = a.attcollation
    LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
    LEFT JOIN pg_description d
           ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
    GROUP BY comp.oid
), deps AS (
    SELECT comp.oid,
           array_agg(tg.kind) AS kinds,
           array_agg(tg.schema) AS schemas,
           array_agg(tg.name) AS names,
           array_agg(tg.args) AS args
    FROM comp
    JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = comp.typrelid
    JOIN targets tg ON tg.classid = dep.refclassid AND tg.objid = dep.refobjid
    WHERE NOT (dep.refclassid = 'pg_type'::regclass AND dep.refobjid = comp.oid)
    GROUP BY comp.oid
)
SELECT comp.nspname,
       comp.typname,
       coalesce(attrs.names, '{}'),
       coalesce(attrs.types, '{}'),
       coalesce(attrs.collation_schemas, '{}'),
       coalesce(attrs.collation_names, '{}'),
       coalesce(attrs.comments, '{}'),
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM comp
LEFT JOIN attrs ON attrs.oid = comp.oid
LEFT JOIN deps ON deps.oid = comp.oid
LEFT JOIN pg_description d
       ON d.objoid = comp.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
