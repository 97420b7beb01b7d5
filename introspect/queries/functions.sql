-- Functions, procedures, aggregates and window functions in the schemas in
-- scope ($1), except extension members and functions that belong to another
-- object (range constructors, deptype 'i'). Dependencies are the normal
-- pg_depend entries: the types of the signature, an aggregate's support
-- functions and, for a SQL-standard body, the relations and functions it
-- uses.
--
-- pg_get_functiondef refuses aggregates, so an aggregate's definition is
-- written here from pg_aggregate, listing only the options that differ from
-- CREATE AGGREGATE's defaults.
WITH targets AS (
    -- dep_targets
), fn AS (
    SELECT p.oid, n.nspname, p.proname, p.prokind
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p', 'a', 'w')
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
       fn.prokind::text AS kind,
       pg_get_function_arguments(fn.oid) AS arguments,
       pg_get_function_identity_arguments(fn.oid) AS identity_arguments,
       CASE WHEN fn.prokind = 'p' THEN '' ELSE coalesce(pg_get_function_result(fn.oid), '') END AS result,
       CASE WHEN fn.prokind = 'a' THEN agg.definition ELSE pg_get_functiondef(fn.oid) END AS definition,
       coalesce(d.description, '') AS comment,
       deps.kinds AS dep_kinds,
       deps.schemas AS dep_schemas,
       deps.names AS dep_names,
       deps.args AS dep_args
FROM fn
LEFT JOIN deps ON deps.oid = fn.oid
LEFT JOIN LATERAL (
    SELECT 'CREATE OR REPLACE AGGREGATE ' || quote_ident(fn.nspname) || '.' || quote_ident(fn.proname)
           || '(' || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_arguments(fn.oid) END || ') ('
           || E'\n    SFUNC = ' || a.aggtransfn::regproc::text
           || E',\n    STYPE = ' || format_type(a.aggtranstype, NULL)
           || CASE WHEN a.aggtransspace <> 0 THEN E',\n    SSPACE = ' || a.aggtransspace ELSE '' END
           || CASE WHEN a.aggfinalfn <> 0 THEN E',\n    FINALFUNC = ' || a.aggfinalfn::regproc::text ELSE '' END
           || CASE WHEN a.aggfinalextra THEN E',\n    FINALFUNC_EXTRA' ELSE '' END
           || CASE WHEN a.aggfinalmodify <> CASE a.aggkind WHEN 'n' THEN 'r' ELSE 'w' END
                   THEN E',\n    FINALFUNC_MODIFY = '
                        || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END
                   ELSE '' END
           || CASE WHEN a.aggcombinefn <> 0 THEN E',\n    COMBINEFUNC = ' || a.aggcombinefn::regproc::text ELSE '' END
           || CASE WHEN a.aggserialfn <> 0 THEN E',\n    SERIALFUNC = ' || a.aggserialfn::regproc::text ELSE '' END
           || CASE WHEN a.aggdeserialfn <> 0 THEN E',\n    DESERIALFUNC = ' || a.aggdeserialfn::regproc::text ELSE '' END
           || CASE WHEN a.agginitval IS NOT NULL THEN E',\n    INITCOND = ' || quote_literal(a.agginitval) ELSE '' END
           || CASE WHEN a.aggmtransfn <> 0 THEN E',\n    MSFUNC = ' || a.aggmtransfn::regproc::text ELSE '' END
           || CASE WHEN a.aggminvtransfn <> 0 THEN E',\n    MINVFUNC = ' || a.aggminvtransfn::regproc::text ELSE '' END
           || CASE WHEN a.aggmtranstype <> 0 THEN E',\n    MSTYPE = ' || format_type(a.aggmtranstype, NULL) ELSE '' END
           || CASE WHEN a.aggmtransspace <> 0 THEN E',\n    MSSPACE = ' || a.aggmtransspace ELSE '' END
           || CASE WHEN a.aggmfinalfn <> 0 THEN E',\n    MFINALFUNC = ' || a.aggmfinalfn::regproc::text ELSE '' END
           || CASE WHEN a.aggmfinalextra THEN E',\n    MFINALFUNC_EXTRA' ELSE '' END
           || CASE WHEN a.aggmtransfn <> 0 AND a.aggmfinalmodify <> CASE a.aggkind WHEN 'n' THEN 'r' ELSE 'w' END
                   THEN E',\n    MFINALFUNC_MODIFY = '
                        || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END
                   ELSE '' END
           || CASE WHEN a.aggminitval IS NOT NULL THEN E',\n    MINITCOND = ' || quote_literal(a.aggminitval) ELSE '' END
           || CASE WHEN a.aggsortop <> 0
                   THEN E',\n    SORTOP = OPERATOR(' || quote_ident(opn.nspname) || '.' || op.oprname || ')' ELSE '' END
           || CASE p.proparallel WHEN 's' THEN E',\n    PARALLEL = SAFE' WHEN 'r' THEN E',\n    PARALLEL = RESTRICTED' ELSE '' END
           || CASE WHEN a.aggkind = 'h' THEN E',\n    HYPOTHETICAL' ELSE '' END
           || E'\n)' AS definition
    FROM pg_aggregate a
    JOIN pg_proc p ON p.oid = a.aggfnoid
    LEFT JOIN pg_operator op ON op.oid = a.aggsortop
    LEFT JOIN pg_namespace opn ON opn.oid = op.oprnamespace
    WHERE a.aggfnoid = fn.oid
) agg ON true
LEFT JOIN pg_description d
       ON d.objoid = fn.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
