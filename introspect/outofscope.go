package introspect

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
)

// A SchemaOutOfScope is a user schema that Options leave out although it
// is not empty (or is not the public schema every database starts with):
// what a model puts there is not compared.
type SchemaOutOfScope struct {
	Name    string
	Objects int      // relations, types and routines in it
	Sample  []string // the first few of them, by name
}

// outOfScopeQuery lists every user schema with the objects in it that do
// not belong to an extension: relations other than indexes, TOAST and row
// types, stand-alone types (not array or relation row types) and routines.
const outOfScopeQuery = `
WITH obj AS (
  SELECT c.relnamespace AS nsp, c.relname::text AS name, 'pg_class'::regclass AS cls, c.oid
  FROM pg_class c WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  UNION ALL
  SELECT t.typnamespace, t.typname::text, 'pg_type'::regclass, t.oid
  FROM pg_type t
  WHERE t.typtype IN ('b', 'd', 'e', 'r', 'm', 'c') AND t.typelem = 0 AND
        (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  UNION ALL
  SELECT p.pronamespace, p.proname::text, 'pg_proc'::regclass, p.oid FROM pg_proc p
)
SELECT n.nspname::text,
       count(o.name)::int,
       coalesce((array_agg(o.name ORDER BY o.name) FILTER (WHERE o.name IS NOT NULL))[1:3], '{}')
FROM pg_namespace n
LEFT JOIN obj o ON o.nsp = n.oid AND NOT EXISTS (
  SELECT 1 FROM pg_depend d WHERE d.classid = o.cls AND d.objid = o.oid AND d.deptype = 'e')
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND NOT EXISTS (
  SELECT 1 FROM pg_depend d
  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
GROUP BY n.nspname
ORDER BY n.nspname`

// OutOfScope lists the schemas of the database that opts leave out and
// that hold something: objects, or, for a schema other than public, the
// schema itself. It is nothing when opts name no schemas. The loader warns
// with it about a model whose objects would silently not be compared.
func OutOfScope(ctx context.Context, conn *pgx.Conn, opts Options) ([]SchemaOutOfScope, error) {
	if len(opts.Schemas) == 0 && len(opts.ExcludeSchemas) == 0 {
		return nil, nil
	}
	rows, err := conn.Query(ctx, outOfScopeQuery)
	if err != nil {
		return nil, fmt.Errorf("list the schemas out of scope: %w", err)
	}
	var out []SchemaOutOfScope
	for rows.Next() {
		var s SchemaOutOfScope
		if err := rows.Scan(&s.Name, &s.Objects, &s.Sample); err != nil {
			return nil, fmt.Errorf("list the schemas out of scope: %w", err)
		}
		inScope := (len(opts.Schemas) == 0 || slices.Contains(opts.Schemas, s.Name)) &&
			!slices.Contains(opts.ExcludeSchemas, s.Name)
		if !inScope && (s.Objects > 0 || s.Name != "public") {
			out = append(out, s)
		}
	}
	return out, rows.Err()
}
