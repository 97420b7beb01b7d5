-- Objects of kinds retort does not manage yet, in the schemas in scope ($1),
-- excluding extension members and objects on excluded tables ($2).
-- Database-wide objects (event triggers, publications, foreign servers and
-- wrappers) are listed only when the whole database is in scope ($3).
WITH ns AS (
    SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY($1)
), ext AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), rel AS (
    -- relations in scope that are not extension members
    SELECT c.oid, c.relkind, c.relispartition, c.relname, ns.nspname,
           ns.nspname || '.' || c.relname AS qname
    FROM pg_class c
    JOIN ns ON ns.oid = c.relnamespace
    WHERE c.relname <> ALL($2)
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
)
SELECT 'foreign table' AS kind, rel.qname AS name
FROM rel
WHERE rel.relkind = 'f'
UNION ALL
SELECT 'trigger', t.tgname || ' on ' || rel.qname
FROM pg_trigger t
JOIN rel ON rel.oid = t.tgrelid
WHERE NOT t.tgisinternal AND t.tgparentid = 0
  -- triggers of managed tables and views are managed (triggers.sql); those
  -- of foreign tables are not
  AND rel.relkind = 'f'
UNION ALL
SELECT 'policy', pol.polname || ' on ' || rel.qname
FROM pg_policy pol
JOIN rel ON rel.oid = pol.polrelid
-- policies of managed tables are managed (policies.sql); those of foreign
-- tables are not
WHERE rel.relkind = 'f'
UNION ALL
SELECT 'rule', r.rulename || ' on ' || rel.qname
FROM pg_rewrite r
JOIN rel ON rel.oid = r.ev_class
-- rules of tables and views are managed (rules.sql)
WHERE r.rulename <> '_RETURN' AND rel.relkind NOT IN ('r', 'p', 'v', 'm')
UNION ALL
SELECT 'base type', ns.nspname || '.' || t.typname
FROM pg_type t
JOIN ns ON ns.oid = t.typnamespace
WHERE t.typisdefined
  AND t.typtype = 'b' AND NOT (t.typelem <> 0 AND t.typlen = -1) -- pg13
  AND t.typtype = 'b' AND t.typsubscript <> 'array_subscript_handler'::regproc -- pg14+
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
UNION ALL
-- text search parsers and templates need C functions; dictionaries and
-- configurations are managed (ts_dicts.sql, ts_configs.sql)
SELECT 'text search parser', ns.nspname || '.' || prs.prsname
FROM pg_ts_parser prs
JOIN ns ON ns.oid = prs.prsnamespace
WHERE NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_ts_parser'::regclass AND ext.objid = prs.oid)
UNION ALL
SELECT 'text search template', ns.nspname || '.' || tmpl.tmplname
FROM pg_ts_template tmpl
JOIN ns ON ns.oid = tmpl.tmplnamespace
WHERE NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_ts_template'::regclass AND ext.objid = tmpl.oid)
UNION ALL
SELECT 'operator',
       ns.nspname || '.' || o.oprname || '('
           || CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END || ', '
           || CASE WHEN o.oprright = 0 THEN 'NONE' ELSE format_type(o.oprright, NULL) END || ')'
FROM pg_operator o
JOIN ns ON ns.oid = o.oprnamespace
WHERE NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_operator'::regclass AND ext.objid = o.oid)
UNION ALL
SELECT 'statistics object', ns.nspname || '.' || st.stxname
FROM pg_statistic_ext st
JOIN ns ON ns.oid = st.stxnamespace
JOIN pg_class c ON c.oid = st.stxrelid
-- statistics on tables are managed (statistics.sql); those on materialized
-- views and foreign tables are not
WHERE c.relkind NOT IN ('r', 'p')
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_statistic_ext'::regclass AND ext.objid = st.oid)
UNION ALL
SELECT 'event trigger', evt.evtname
FROM pg_event_trigger evt
WHERE $3
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_event_trigger'::regclass AND ext.objid = evt.oid)
UNION ALL
SELECT 'publication', pub.pubname
FROM pg_publication pub
WHERE $3
UNION ALL
SELECT 'foreign server', srv.srvname
FROM pg_foreign_server srv
WHERE $3
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_foreign_server'::regclass AND ext.objid = srv.oid)
UNION ALL
SELECT 'foreign data wrapper', fdw.fdwname
FROM pg_foreign_data_wrapper fdw
WHERE $3
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_foreign_data_wrapper'::regclass AND ext.objid = fdw.oid)
