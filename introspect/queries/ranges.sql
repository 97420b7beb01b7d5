-- Range types in the schemas in scope ($1) that no extension owns, with the
-- options of CREATE TYPE ... AS RANGE that differ from what PostgreSQL picks
-- by default: the subtype's operator class when it is not the default one,
-- the collation when it is not the subtype's. Functions are written
-- qualified and quoted, without arguments. The multirange type is named
-- whatever it is; introspect blanks the default name. Dependencies (the
-- subtype, the subtype_diff and canonical functions) come from pg_depend on
-- the type.
WITH targets AS (
    -- dep_targets
), rng AS (
    SELECT t.oid, n.nspname, t.typname, r.rngsubtype, r.rngsubopc, r.rngcollation,
           r.rngcanonical, r.rngsubdiff, r.rngmultitypid -- pg14+
           r.rngcanonical, r.rngsubdiff, 0::oid AS rngmultitypid -- pg13
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    JOIN pg_range r ON r.rngtypid = t.oid
    WHERE t.typtype = 'r'
      AND n.nspname = ANY($1)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
), deps AS (
    SELECT rng.oid,
           array_agg(tg.kind) AS kinds,
           array_agg(tg.schema) AS schemas,
           array_agg(tg.name) AS names,
           array_agg(tg.args) AS args
    FROM rng
    JOIN pg_depend dep ON dep.classid = 'pg_type'::regclass AND dep.objid = rng.oid AND dep.deptype = 'n'
    JOIN targets tg ON tg.classid = dep.refclassid AND tg.objid = dep.refobjid
    WHERE NOT (dep.refclassid = 'pg_type'::regclass AND dep.refobjid = rng.oid)
    GROUP BY rng.oid
)
SELECT rng.nspname,
       rng.typname,
       format_type(rng.rngsubtype, NULL) AS subtype,
       CASE WHEN opc.opcdefault THEN '' ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END
           AS subtype_opclass,
       coalesce(CASE WHEN rng.rngcollation <> st.typcollation THEN cn.nspname END, '') AS collation_schema,
       coalesce(CASE WHEN rng.rngcollation <> st.typcollation THEN co.collname END, '') AS collation_name,
       coalesce(quote_ident(cann.nspname) || '.' || quote_ident(canp.proname), '') AS canonical,
       coalesce(quote_ident(diffn.nspname) || '.' || quote_ident(diffp.proname), '') AS subtype_diff,
       coalesce(mt.typname, '') AS multirange,
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM rng
JOIN pg_type st ON st.oid = rng.rngsubtype
JOIN pg_opclass opc ON opc.oid = rng.rngsubopc
JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = rng.rngcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_proc canp ON canp.oid = rng.rngcanonical
LEFT JOIN pg_namespace cann ON cann.oid = canp.pronamespace
LEFT JOIN pg_proc diffp ON diffp.oid = rng.rngsubdiff
LEFT JOIN pg_namespace diffn ON diffn.oid = diffp.pronamespace
LEFT JOIN pg_type mt ON mt.oid = rng.rngmultitypid
LEFT JOIN deps ON deps.oid = rng.oid
LEFT JOIN pg_description d
       ON d.objoid = rng.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
