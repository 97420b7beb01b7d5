-- Indexes of the tables tables.sql reads and of the materialized views
-- views.sql reads that do not implement a primary key, unique or exclusion
-- constraint. One row per index; the per-key fields
-- are parallel arrays in key order.
WITH tbl AS (
    -- managed_tables
    UNION ALL
    -- materialized views in scope, whose indexes views.sql attaches
    SELECT c.oid
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'm'
      AND n.nspname = ANY($1)
      AND c.relname <> ALL($2)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
), idx AS MATERIALIZED (
    SELECT i.indexrelid, i.indrelid, i.indnkeyatts, i.indkey, i.indclass, i.indcollation, i.indoption
    FROM pg_index i
    JOIN tbl ON tbl.oid = i.indrelid
    WHERE NOT EXISTS (
            SELECT FROM pg_constraint co
            WHERE co.conindid = i.indexrelid AND co.contype IN ('p', 'u', 'x'))
), used AS MATERIALIZED (
    -- every table column the index depends on: keys, expressions, INCLUDE, predicate
    SELECT idx.indexrelid, array_agg(DISTINCT a.attname) AS names
    FROM idx
    JOIN pg_depend dep
      ON dep.classid = 'pg_class'::regclass AND dep.objid = idx.indexrelid
     AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = idx.indrelid AND dep.refobjsubid > 0
    JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
    GROUP BY idx.indexrelid
), default_opclass AS (
    SELECT DISTINCT opcmethod, opcintype FROM pg_opclass WHERE opcdefault
), keys AS (
    -- every index column: keys (ord <= indnkeyatts) then INCLUDE columns
    SELECT idx.indexrelid, idx.indrelid, idx.indnkeyatts, k.ord, k.attnum, k.opclass, k.coll, k.opt
    FROM idx
    CROSS JOIN unnest(idx.indkey::int2[], idx.indclass::oid[], idx.indcollation::oid[], idx.indoption::int2[])
         WITH ORDINALITY AS k(attnum, opclass, coll, opt, ord)
), key_info AS (
    SELECT keys.*,
           ca.attname,
           opc.opcname, opcn.nspname AS opc_schema,
           -- the opclass is the default when it is marked so for the key's
           -- type, or for a binary-compatible or polymorphic type when the
           -- key's own type has no default (varchar -> text_ops, enum ->
           -- enum_ops). An expression key whose opclass has a storage type
           -- hides its own type: then opcdefault decides alone.
           opc.opcdefault AND (kt.key_type IS NULL OR opc.opcintype = kt.key_type OR dop.opcintype IS NULL)
               AS default_opclass,
           CASE WHEN keys.attnum <> 0 THEN ca.attcollation
                WHEN opc.opckeytype = 0 THEN et.typcollation
                ELSE 100 -- DEFAULT_COLLATION_OID
           END AS default_coll
    FROM keys
    LEFT JOIN pg_opclass opc ON opc.oid = keys.opclass
    LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
    LEFT JOIN pg_attribute ia ON ia.attrelid = keys.indexrelid AND ia.attnum = keys.ord
    LEFT JOIN pg_type et ON et.oid = ia.atttypid
    LEFT JOIN pg_attribute ca ON ca.attrelid = keys.indrelid AND ca.attnum = keys.attnum AND keys.attnum <> 0
    LEFT JOIN pg_type ct ON ct.oid = ca.atttypid
    CROSS JOIN LATERAL (
        SELECT CASE WHEN keys.attnum <> 0 THEN coalesce(nullif(ct.typbasetype, 0), ct.oid)
                    WHEN opc.opckeytype = 0 THEN coalesce(nullif(et.typbasetype, 0), et.oid)
               END AS key_type
    ) kt
    LEFT JOIN default_opclass dop ON dop.opcmethod = opc.opcmethod AND dop.opcintype = kt.key_type
), agg AS (
    SELECT ki.indexrelid,
           array_agg(coalesce(ki.attname, '') ORDER BY ki.ord)
               FILTER (WHERE ki.ord <= ki.indnkeyatts) AS key_columns,
           array_agg(CASE WHEN ki.attnum = 0 THEN pg_get_indexdef(ki.indexrelid, ki.ord::int, false) ELSE '' END ORDER BY ki.ord)
               FILTER (WHERE ki.ord <= ki.indnkeyatts) AS key_expressions,
           array_agg(coalesce(CASE WHEN ki.coll <> 0 AND ki.coll <> ki.default_coll THEN colln.nspname END, '') ORDER BY ki.ord)
               FILTER (WHERE ki.ord <= ki.indnkeyatts) AS collation_schemas,
           array_agg(coalesce(CASE WHEN ki.coll <> 0 AND ki.coll <> ki.default_coll THEN coll.collname END, '') ORDER BY ki.ord)
               FILTER (WHERE ki.ord <= ki.indnkeyatts) AS collation_names,
           array_agg(CASE WHEN ki.default_opclass THEN '' ELSE ki.opc_schema END ORDER BY ki.ord)
               FILTER (WHERE ki.ord <= ki.indnkeyatts) AS opclass_schemas,
           array_agg(CASE WHEN ki.default_opclass THEN '' ELSE ki.opcname END ORDER BY ki.ord)
               FILTER (WHERE ki.ord <= ki.indnkeyatts) AS opclass_names,
           array_agg((ki.opt & 1) <> 0 ORDER BY ki.ord) FILTER (WHERE ki.ord <= ki.indnkeyatts) AS descending,
           array_agg((ki.opt & 2) <> 0 ORDER BY ki.ord) FILTER (WHERE ki.ord <= ki.indnkeyatts) AS nulls_first,
           array_agg(ki.attname ORDER BY ki.ord) FILTER (WHERE ki.ord > ki.indnkeyatts) AS include
    FROM key_info ki
    LEFT JOIN pg_collation coll ON coll.oid = ki.coll
    LEFT JOIN pg_namespace colln ON colln.oid = coll.collnamespace
    GROUP BY ki.indexrelid
)
SELECT ic.relname,
       i.indrelid,
       am.amname,
       i.indisunique,
       agg.key_columns,
       agg.key_expressions,
       agg.collation_schemas,
       agg.collation_names,
       agg.opclass_schemas,
       agg.opclass_names,
       agg.descending,
       agg.nulls_first,
       agg.include,
       coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS predicate,
       ic.reloptions AS options,
       i.indnullsnotdistinct, -- pg15+
       false AS indnullsnotdistinct, -- pg13-14
       used.names AS columns,
       -- a lookup by pg_description's key: a join planned with stale catalog
       -- statistics became a nested loop over a scan of pg_description
       coalesce((SELECT d.description FROM pg_description d
                 WHERE d.objoid = agg.indexrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0), '')
           AS comment,
       -- a failed CREATE INDEX CONCURRENTLY leaves its index invalid
       NOT i.indisvalid AS invalid,
       -- a partition's index attached to its parent table's index
       coalesce((SELECT pc.relname FROM pg_inherits ih JOIN pg_class pc ON pc.oid = ih.inhparent
                 WHERE ih.inhrelid = agg.indexrelid), '') AS attached_to
FROM agg
JOIN pg_index i ON i.indexrelid = agg.indexrelid
JOIN pg_class ic ON ic.oid = agg.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN used ON used.indexrelid = agg.indexrelid
