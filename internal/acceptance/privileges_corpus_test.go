package acceptance

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

// aclFingerprintSQL describes the owners and privileges of a database's user
// objects, independently of retort's introspection: one line per object
// with its owner and its ACL, NULL read as acldefault, exploded, grantors
// left out (a privilege is grantable when any grantor gave the option);
// one line per column ACL and per default ACL that is not empty.
const aclFingerprintSQL = `
WITH ns AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
      AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
), ext AS (
    SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
), obj AS (
    SELECT 'schema ' || quote_ident(n.nspname) AS name, n.nspowner AS owner,
           coalesce(n.nspacl, acldefault('n', n.nspowner)) AS acl
    FROM pg_catalog.pg_namespace n JOIN ns ON ns.oid = n.oid
    UNION ALL
    SELECT 'relation ' || c.relkind::text || ' ' || quote_ident(ns.nspname) || '.' || quote_ident(c.relname), c.relowner,
           coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
    FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relname NOT LIKE 'retort\_version%'
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = c.oid)
    UNION ALL
    SELECT 'column ' || quote_ident(ns.nspname) || '.' || quote_ident(c.relname) || '.' || quote_ident(a.attname), NULL, a.attacl
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN ns ON ns.oid = c.relnamespace
    WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL AND c.relname NOT LIKE 'retort\_version%'
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = c.oid)
    UNION ALL
    SELECT 'routine ' || p.oid::pg_catalog.regprocedure::text, p.proowner, coalesce(p.proacl, acldefault('f', p.proowner))
    FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::regclass AND ext.objid = p.oid)
    UNION ALL
    SELECT 'type ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname), t.typowner, coalesce(t.typacl, acldefault('T', t.typowner))
    FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_class rc ON rc.oid = t.typrelid
    WHERE (t.typtype IN ('e', 'd', 'r', 'm') OR rc.relkind = 'c')
      AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::regclass AND ext.objid = t.oid)
    UNION ALL
    SELECT 'default for ' || pg_catalog.pg_get_userbyid(d.defaclrole) || ' in ' || coalesce(quote_ident(n.nspname), '*')
           || ' on ' || d.defaclobjtype::text, NULL, d.defaclacl
    FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
)
SELECT obj.name || ' owner=' || coalesce(pg_catalog.pg_get_userbyid(obj.owner)::text, '-') || ' acl=' || entries.list
FROM obj
CROSS JOIN LATERAL (
    SELECT coalesce(string_agg(e, ',' ORDER BY e), '') AS list, count(*) AS n
    FROM (
        SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee)::text END
               || ':' || x.privilege_type || CASE WHEN bool_or(x.is_grantable) THEN '*' ELSE '' END AS e
        FROM aclexplode(obj.acl) x
        GROUP BY x.grantee, x.privilege_type
    ) g
) entries
WHERE obj.owner IS NOT NULL OR entries.n > 0
ORDER BY 1`

// aclFingerprint returns the lines of aclFingerprintSQL for the database
// conn is connected to.
func aclFingerprint(t *testing.T, conn *pgx.Conn) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), aclFingerprintSQL)
	if err != nil {
		t.Fatalf("acl fingerprint: %v", err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("acl fingerprint: %v", err)
	}
	return lines
}

// TestPrivilegesCorpus reads graphile_starter, which grants and revokes on
// schemas, tables, columns and functions and sets default privileges, with
// privileges, and requires that its own schema.sql compares equal, that
// the plan from an empty database rebuilds it with the same owners and
// privileges, and that the reverse plan tears it down to an empty database
// again.
func TestPrivilegesCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: long")
	}
	const name = "graphile_starter"
	ctx := context.Background()
	dir := corpusDir(t)
	fingerprintSQL := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	opts := introspect.Options{Privileges: true}

	live := pgtest.LoadCorpus(t, name)
	liveModel := introspectURL(t, live, opts)
	p := liveModel.Privileges
	if p == nil || len(p.Grants) == 0 || len(p.Revokes) == 0 || len(p.DefaultGrants) == 0 {
		t.Fatalf("%s: expected grants, revokes and default privileges, read %+v", name, p)
	}
	columnGrants := 0
	for _, g := range p.Grants {
		if g.Column != "" {
			columnGrants++
		}
	}
	if columnGrants == 0 {
		t.Fatalf("%s: no column grants read", name)
	}

	loader := source.NewLoader(source.Options{DevURL: pgtest.ServerURL(t), Introspect: opts})
	defer loader.Close()
	sqlModel, err := loader.Load(ctx, filepath.Join(dir, name, "schema.sql"))
	if err != nil {
		t.Fatalf("load schema.sql as a source: %v", err)
	}
	if plan := compare(liveModel, sqlModel); !plan.Empty() {
		t.Errorf("database vs its own schema.sql: plan is not empty:\n%s", render.Plan(plan))
	}

	empty := pgtest.NewDatabase(t)
	pristine := takeSnapshot(t, empty, fingerprintSQL, opts).rebuiltBy(func() string { return pgtest.NewDatabase(t) })
	up := compare(pristine.model, liveModel)
	want := takeSnapshot(t, live, fingerprintSQL, opts).heldBy(live)
	built := converge(t, "up", empty, pristine.model, want, up, render.Plan(up), fingerprintSQL, opts)

	down := compare(built.model, pristine.model)
	if down.Empty() {
		t.Fatal("down plan is empty")
	}
	converge(t, "down", empty, built.model, pristine, down, render.Plan(down), fingerprintSQL, opts)
}
