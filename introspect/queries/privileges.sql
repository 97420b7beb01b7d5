-- Owners, privileges and default privileges (read with
-- Options.Privileges only), one row per fact:
--
--   owner           the owner (role) of an object; not for a sequence owned
--                   by a column, whose owner is its table's
--   grant           a privilege (grantee, privilege, grantable) an object or
--                   a column has beyond the built-in default
--   revoke          a privilege of the built-in default an object lacks
--   default grant   a default privilege (role: FOR ROLE, schema: IN SCHEMA
--                   or '') beyond the built-in default of new objects
--   default revoke  a built-in default privilege new objects do not get
--
-- An object's ACL, when NULL, is acldefault(type, owner); both sides of the
-- comparison with the default are exploded here, so the default is the
-- server's own. A privilege granted by several grantors is one row; it is
-- grantable when any grant has the option. PUBLIC (grantee 0) is "public".
--
-- Objects are those in the schemas in scope ($1), except relations named
-- in $2 and extension members; the caller keeps those of the model.
-- Default privileges are those of the schemas in scope and those for the
-- whole database (they apply to new objects in every schema).
WITH ns AS (
    SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY($1)
), ext AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), obj AS (
    SELECT 'schema' AS kind, '' AS schema, ns.nspname AS name, '' AS args,
           n.nspowner AS owner, n.nspacl AS acl, 'n'::"char" AS acltype, true AS owned
    FROM ns
    JOIN pg_namespace n ON n.oid = ns.oid
    UNION ALL
    SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                          WHEN 'S' THEN 'sequence' ELSE 'table' END,
           ns.nspname, c.relname, '', c.relowner, c.relacl,
           CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char",
           -- a sequence owned by a column (serial: 'a', identity: 'i')
           -- follows its table's owner
           NOT EXISTS (
               SELECT FROM pg_depend o
               WHERE o.classid = 'pg_class'::regclass AND o.objid = c.oid
                 AND o.refclassid = 'pg_class'::regclass AND o.refobjsubid > 0
                 AND o.deptype IN ('a', 'i'))
    FROM pg_class c
    JOIN ns ON ns.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND c.relname <> ALL($2)
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
           ns.nspname, p.proname, pg_get_function_identity_arguments(p.oid),
           p.proowner, p.proacl, 'f'::"char", true
    FROM pg_proc p
    JOIN ns ON ns.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p', 'a', 'w')
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'type', ns.nspname, t.typname, '', t.typowner, t.typacl, 'T'::"char", true
    FROM pg_type t
    JOIN ns ON ns.oid = t.typnamespace
    LEFT JOIN pg_class rc ON rc.oid = t.typrelid
    WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND rc.relkind = 'c'))
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
), col AS (
    SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind,
           ns.nspname AS schema, c.relname AS name, a.attname AS column, a.attacl AS acl
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN ns ON ns.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm')
      AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
      AND c.relname <> ALL($2)
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
), dacl AS (
    SELECT d.defaclrole AS role,
           coalesce(n.nspname, '') AS schema,
           d.defaclobjtype::text AS kind,
           d.defaclacl AS acl,
           -- for the whole database the entry replaces the built-in
           -- default; in a schema it adds to it
           CASE WHEN d.defaclnamespace = 0
                THEN acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)
           END AS def
    FROM pg_default_acl d
    LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
    WHERE d.defaclnamespace = 0 OR n.nspname = ANY($1)
), diff AS (
    -- each object's ACL against its default, privilege by privilege, the
    -- grantors merged (held: in the ACL, dflt: in the default)
    SELECT obj.kind, obj.schema, obj.name, obj.args, x.*
    FROM obj
    CROSS JOIN LATERAL (
        SELECT grantee, privilege_type, h.grantable, h.grantee IS NOT NULL AS held, d.grantee IS NOT NULL AS dflt
        FROM (SELECT a.grantee, a.privilege_type, bool_or(a.is_grantable) AS grantable
              FROM aclexplode(obj.acl) a
              GROUP BY 1, 2) h
        FULL JOIN (SELECT a.grantee, a.privilege_type
                   FROM aclexplode(acldefault(obj.acltype, obj.owner)) a) d USING (grantee, privilege_type)
    ) x
    WHERE obj.acl IS NOT NULL
), ddiff AS (
    -- the same for default privileges; in a schema, the default is nothing
    SELECT dacl.role, dacl.schema, dacl.kind, x.*
    FROM dacl
    CROSS JOIN LATERAL (
        SELECT grantee, privilege_type, h.grantable, h.grantee IS NOT NULL AS held, d.grantee IS NOT NULL AS dflt
        FROM (SELECT a.grantee, a.privilege_type, bool_or(a.is_grantable) AS grantable
              FROM aclexplode(dacl.acl) a
              GROUP BY 1, 2) h
        FULL JOIN (SELECT a.grantee, a.privilege_type
                   FROM aclexplode(dacl.def) a) d USING (grantee, privilege_type)
    ) x
)
SELECT 'owner' AS what, kind, schema, name, args, '' AS column,
       pg_get_userbyid(owner)::text AS role, '' AS grantee, '' AS privilege, false AS grantable
FROM obj
WHERE owned
UNION ALL
SELECT CASE WHEN held THEN 'grant' ELSE 'revoke' END, kind, schema, name, args, '', '',
       CASE WHEN grantee = 0 THEN 'public' ELSE pg_get_userbyid(grantee)::text END,
       privilege_type, coalesce(grantable, false)
FROM diff
WHERE held <> dflt OR grantable
UNION ALL
SELECT 'grant', col.kind, col.schema, col.name, '', col.column, '',
       CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee)::text END,
       x.privilege_type, bool_or(x.is_grantable)
FROM col, aclexplode(col.acl) x
GROUP BY col.kind, col.schema, col.name, col.column, x.grantee, x.privilege_type
UNION ALL
SELECT CASE WHEN held THEN 'default grant' ELSE 'default revoke' END, kind, schema, '', '', '',
       pg_get_userbyid(role)::text,
       CASE WHEN grantee = 0 THEN 'public' ELSE pg_get_userbyid(grantee)::text END,
       privilege_type, coalesce(grantable, false)
FROM ddiff
WHERE held <> dflt OR grantable
