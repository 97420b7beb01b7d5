-- Columns of the tables tables.sql reads, in attnum order, with the implicit
-- sequence of identity columns. A column an inheritance child inherits
-- without declaring it (attislocal false, not a partition) is read only
-- when the child's settings differ from what its parents give it (base),
-- and flagged inherited.
WITH tbl AS (
    -- managed_tables
), ident AS MATERIALIZED (
    -- identity column -> its implicit sequence
    SELECT dep.refobjid AS relid, dep.refobjsubid AS attnum, sc.oid, sn.nspname, sc.relname
    FROM pg_depend dep
    JOIN pg_class sc ON sc.oid = dep.objid AND sc.relkind = 'S'
    JOIN pg_namespace sn ON sn.oid = sc.relnamespace
    WHERE dep.classid = 'pg_class'::regclass
      AND dep.refclassid = 'pg_class'::regclass
      AND dep.deptype = 'i'
      AND dep.refobjsubid > 0
), base AS (
    -- what CREATE TABLE ... INHERITS gives a child's inherited column: NOT
    -- NULL if a parent has it (and, on 18, not NO INHERIT), the first
    -- parent's default and storage
    SELECT i.inhrelid AS relid,
           pa.attname,
           bool_or(pa.attnotnull) AS notnull, -- pg13-17
           bool_or(pa.attnotnull AND NOT coalesce(pnn.connoinherit, false)) AS notnull, -- pg18+
           (array_agg(CASE WHEN pa.attgenerated = '' THEN coalesce(pg_get_expr(pd.adbin, pd.adrelid), '') ELSE '' END
                      ORDER BY i.inhseqno))[1] AS default_expr,
           (array_agg(pa.attstorage ORDER BY i.inhseqno))[1] AS storage
    FROM tbl
    JOIN pg_inherits i ON i.inhrelid = tbl.oid
    JOIN pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attnum > 0 AND NOT pa.attisdropped
    LEFT JOIN pg_constraint pnn ON pnn.conrelid = pa.attrelid AND pnn.contype = 'n' AND pnn.conkey[1] = pa.attnum -- pg18+
    LEFT JOIN pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
    GROUP BY i.inhrelid, pa.attname
)
SELECT a.attrelid,
       a.attname,
       format_type(a.atttypid, a.atttypmod) AS type,
       coalesce(rn.nspname, '') AS type_schema,
       coalesce(CASE WHEN rn.nspname IS NOT NULL THEN rt.typname END, '') AS type_name,
       a.attnotnull,
       -- the NOT NULL constraint PostgreSQL 18 records for the column
       coalesce(nn.conname, '') AS not_null_name, -- pg18+
       coalesce(NOT nn.convalidated, false) AS not_null_not_valid, -- pg18+
       coalesce(nn.connoinherit, false) AS not_null_no_inherit, -- pg18+
       '' AS not_null_name, false AS not_null_not_valid, false AS not_null_no_inherit, -- pg13-17
       CASE WHEN a.attgenerated = '' THEN coalesce(pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END AS default_expr,
       CASE WHEN a.attgenerated IN ('s', 'v') THEN coalesce(pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END AS generated,
       a.attgenerated = 'v' AS virtual,
       a.attidentity::text,
       ident.oid IS NOT NULL AS has_sequence,
       coalesce(ident.nspname, '') AS seq_schema,
       coalesce(ident.relname, '') AS seq_name,
       coalesce(format_type(s.seqtypid, NULL), '') AS seq_type,
       coalesce(s.seqstart, 0),
       coalesce(s.seqincrement, 0),
       coalesce(s.seqmin, 0),
       coalesce(s.seqmax, 0),
       coalesce(s.seqcache, 0),
       coalesce(s.seqcycle, false),
       coalesce(sd.description, '') AS seq_comment,
       coalesce(CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname END, '') AS collation_schema,
       coalesce(CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, '') AS collation_name,
       coalesce(a.attstattarget::int, -1) AS statistics, -- NULL for the default from 17 on
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text ELSE '' END AS storage,
       coalesce(d.description, '') AS comment,
       NOT a.attislocal AND NOT rel.relispartition AS inherited
FROM tbl
JOIN pg_class rel ON rel.oid = tbl.oid
JOIN pg_attribute a ON a.attrelid = tbl.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
-- the user-defined type used, or the element type of an array of it
JOIN pg_type rt ON rt.oid = CASE
        WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END -- pg13
        WHEN t.typsubscript = 'array_subscript_handler'::regproc THEN t.typelem ELSE t.oid END -- pg14+
LEFT JOIN pg_namespace rn
       ON rn.oid = rt.typnamespace AND rn.nspname NOT IN ('pg_catalog', 'information_schema')
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_constraint nn ON nn.conrelid = a.attrelid AND nn.contype = 'n' AND nn.conkey[1] = a.attnum -- pg18+
LEFT JOIN ident ON a.attidentity <> '' AND ident.relid = a.attrelid AND ident.attnum = a.attnum
LEFT JOIN pg_sequence s ON s.seqrelid = ident.oid
LEFT JOIN pg_description sd
       ON sd.objoid = ident.oid AND sd.classoid = 'pg_class'::regclass AND sd.objsubid = 0
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
LEFT JOIN base ON NOT a.attislocal AND base.relid = a.attrelid AND base.attname = a.attname
WHERE a.attislocal OR rel.relispartition
   OR a.attnotnull IS DISTINCT FROM base.notnull
   OR (CASE WHEN a.attgenerated = '' THEN coalesce(pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END)
          IS DISTINCT FROM base.default_expr
   OR a.attstattarget >= 0
   OR a.attstorage IS DISTINCT FROM base.storage
   OR d.description IS NOT NULL
ORDER BY a.attrelid, a.attnum
