-- Primary key, unique, foreign key, check and exclusion constraints of the
-- tables tables.sql reads. Column lists are resolved set-based: every
-- attnum array is unnested once and joined to pg_attribute.
WITH tbl AS (
    -- managed_tables
), con AS (
    SELECT co.*
    FROM pg_constraint co
    JOIN tbl ON tbl.oid = co.conrelid
    JOIN pg_class rc ON rc.oid = co.conrelid
    WHERE co.contype IN ('p', 'u', 'f', 'c', 'x')
      -- constraints a partition or an inheritance child inherits from its
      -- parent are the parent's (a child's merged ones are local too),
      -- except a partition's keys: PostgreSQL names them after the
      -- partition, so they are read with the parent's key they belong to
      AND ((co.conislocal AND co.conparentid = 0)
           OR (co.conparentid <> 0 AND co.contype IN ('p', 'u', 'x')))
      -- a partition's check that its parent has too is the parent's, even
      -- where the partition had it before ATTACH PARTITION (which needs it)
      AND NOT (co.contype = 'c' AND co.coninhcount > 0 AND rc.relispartition)
), refs AS (
    -- which: k = conkey, f = confkey, d = confdelsetcols, i = INCLUDE columns
    SELECT con.oid, 'k' AS which, con.conrelid AS relid, k.attnum, k.ord
    FROM con, unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
    UNION ALL
    SELECT con.oid, 'f', con.confrelid, k.attnum, k.ord
    FROM con, unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
    UNION ALL
    SELECT con.oid, 'd', con.conrelid, k.attnum, k.ord
    FROM con, unnest(con.confdelsetcols) WITH ORDINALITY AS k(attnum, ord) -- pg15+
    FROM con, unnest('{}'::int2[]) WITH ORDINALITY AS k(attnum, ord) -- pg13-14
    UNION ALL
    SELECT con.oid, 'i', i.indrelid, k.attnum, k.ord
    FROM con
    JOIN pg_index i ON i.indexrelid = con.conindid
    CROSS JOIN unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
    WHERE con.contype IN ('p', 'u') AND k.ord > i.indnkeyatts
), names AS (
    SELECT r.oid,
           array_agg(a.attname ORDER BY r.ord) FILTER (WHERE r.which = 'k') AS keys,
           array_agg(a.attname ORDER BY r.ord) FILTER (WHERE r.which = 'f') AS ref_keys,
           array_agg(a.attname ORDER BY r.ord) FILTER (WHERE r.which = 'd') AS set_keys,
           array_agg(a.attname ORDER BY r.ord) FILTER (WHERE r.which = 'i') AS include
    FROM refs r
    JOIN pg_attribute a ON a.attrelid = r.relid AND a.attnum = r.attnum
    GROUP BY r.oid
)
SELECT con.conrelid,
       con.conname,
       con.contype::text,
       names.keys,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) ELSE '' END AS expression,
       con.contype = 'c' AND con.connoinherit AS no_inherit, -- PostgreSQL marks every primary key NO INHERIT too
       -- a NOT ENFORCED constraint is never validated, and is not NOT VALID
       NOT con.convalidated AND con.conenforced AS not_valid, -- pg18+
       NOT con.convalidated AS not_valid, -- pg13-17
       NOT con.conenforced AS not_enforced, -- pg18+
       false AS not_enforced, -- pg13-17
       con.condeferrable,
       con.condeferred,
       coalesce(fn.nspname, '') AS ref_schema,
       coalesce(fc.relname, '') AS ref_table,
       names.ref_keys,
       con.confupdtype::text,
       con.confdeltype::text,
       con.confmatchtype::text,
       names.set_keys,
       names.include,
       CASE WHEN con.contype IN ('p', 'u') THEN ic.reloptions END AS index_options,
       coalesce(con.contype = 'u' AND i.indnullsnotdistinct, false) AS nulls_not_distinct, -- pg15+
       false AS nulls_not_distinct, -- pg13-14
       -- WITHOUT OVERLAPS (p, u) or PERIOD (f) on the last key column
       con.conperiod, -- pg18+
       false AS conperiod, -- pg13-17
       CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid) ELSE '' END AS definition,
       coalesce(d.description, '') AS comment,
       -- looked up by pg_description's key: obj_description is an SQL function
       -- that is not inlined, run once per constraint
       coalesce((SELECT ixd.description FROM pg_description ixd
                 WHERE ixd.objoid = con.conindid AND ixd.classoid = 'pg_class'::regclass AND ixd.objsubid = 0), '')
           AS index_comment,
       coalesce((SELECT pco.conname FROM pg_constraint pco
                 WHERE pco.oid = con.conparentid AND con.contype IN ('p', 'u', 'x')), '') AS attached_to
FROM con
LEFT JOIN names ON names.oid = con.oid
LEFT JOIN pg_class fc ON fc.oid = con.confrelid AND con.contype = 'f'
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u')
LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
LEFT JOIN pg_description d
       ON d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
