package introspect

import (
	"context"
	"embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/model"
)

//go:embed queries/*.sql
var queries embed.FS

// DefaultExcludeTables are the tables Options.ExcludeTables stands for when
// it is nil: retort's own bookkeeping tables.
var DefaultExcludeTables = []string{"retort_version", "retort_version_history"}

// Options select the part of a database Schema reads.
type Options struct {
	// Schemas are the schemas in scope; empty means every user schema.
	Schemas []string
	// ExcludeSchemas are never read, even when listed in Schemas.
	ExcludeSchemas []string
	// ExcludeTables are table names (in any schema) never read; nil means
	// DefaultExcludeTables, an empty non-nil slice excludes nothing.
	ExcludeTables []string
	// Privileges reads owners, privileges and default privileges too
	// (Schema.Privileges, one more query); off, nothing about them is read.
	Privileges bool
}

// scope is what every catalog query is filtered by.
type scope struct {
	schemas       []string // names of the schemas in scope
	excludeTables []string
	wholeDatabase bool // no Schemas filter: database-wide objects are in scope
}

// Schema reads the schemas in scope of the database conn is connected to.
//
// Objects that belong to an extension, the system schemas and the excluded
// tables are left out. Objects of kinds retort does not manage yet are
// listed in Unmanaged. The result is sorted (model.Schema.Sort).
func Schema(ctx context.Context, conn *pgx.Conn, opts Options) (*model.Schema, error) {
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("introspect: begin: %w", err)
	}
	// The transaction only reads; rolling back is how it always ends.
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, "SET LOCAL search_path = ''"); err != nil {
		return nil, fmt.Errorf("introspect: set search_path: %w", err)
	}

	s := &model.Schema{}
	namespaces, err := readNamespaces(ctx, tx)
	if err != nil {
		return nil, err
	}
	sc := newScope(namespaces, opts)
	for _, ns := range namespaces {
		if slices.Contains(sc.schemas, ns.Name) {
			s.Namespaces = append(s.Namespaces, ns)
		}
	}
	if s.Extensions, err = readExtensions(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Collations, err = readCollations(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.TextSearchDictionaries, err = readTextSearchDictionaries(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.TextSearchConfigs, err = readTextSearchConfigs(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Enums, err = readEnums(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Sequences, err = readSequences(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Domains, err = readDomains(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Composites, err = readComposites(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Ranges, err = readRanges(ctx, tx, sc); err != nil {
		return nil, err
	}
	if s.Functions, err = readFunctions(ctx, tx, sc); err != nil {
		return nil, err
	}
	tables, err := readTables(ctx, tx, sc)
	if err != nil {
		return nil, err
	}
	views, err := readViews(ctx, tx, sc)
	if err != nil {
		return nil, err
	}
	if err := readIndexes(ctx, tx, sc, tables, views); err != nil {
		return nil, err
	}
	if err := readTriggers(ctx, tx, sc, tables, views); err != nil {
		return nil, err
	}
	if err := readPolicies(ctx, tx, sc, tables); err != nil {
		return nil, err
	}
	if err := readRules(ctx, tx, sc, tables, views); err != nil {
		return nil, err
	}
	s.Tables, s.Views = tables.list(), views.list()
	if s.Unmanaged, err = readUnmanaged(ctx, tx, sc); err != nil {
		return nil, err
	}
	if opts.Privileges {
		if s.Privileges, err = readPrivileges(ctx, tx, sc, s); err != nil {
			return nil, err
		}
	}
	if err := tx.Rollback(ctx); err != nil {
		return nil, fmt.Errorf("introspect: end transaction: %w", err)
	}
	s.Sort()
	return s, nil
}

// newScope resolves opts against the user schemas the database holds.
func newScope(namespaces []model.Namespace, opts Options) scope {
	sc := scope{
		schemas:       []string{},
		excludeTables: opts.ExcludeTables,
		wholeDatabase: len(opts.Schemas) == 0,
	}
	if sc.excludeTables == nil {
		sc.excludeTables = DefaultExcludeTables
	}
	for _, ns := range namespaces {
		if len(opts.Schemas) > 0 && !slices.Contains(opts.Schemas, ns.Name) {
			continue
		}
		if slices.Contains(opts.ExcludeSchemas, ns.Name) {
			continue
		}
		sc.schemas = append(sc.schemas, ns.Name)
	}
	return sc
}

// query returns the text of queries/name.sql, with the shared CTE bodies of
// queries/managed_tables.inc and queries/dep_targets.inc in place of a
// "-- managed_tables" or "-- dep_targets" line.
func query(name string) string {
	b, err := queries.ReadFile("queries/" + name + ".sql")
	if err != nil {
		panic("introspect: missing embedded query " + name) // a build defect, not a runtime condition
	}
	q := strings.Replace(string(b), "    -- managed_tables\n", managedTables, 1)
	return strings.Replace(q, "    -- dep_targets\n", depTargets, 1)
}

//go:embed queries/managed_tables.inc
var managedTables string

//go:embed queries/dep_targets.inc
var depTargets string

// collect runs the named query and reads every row into a T by position.
func collect[T any](ctx context.Context, tx pgx.Tx, name string, args ...any) ([]T, error) {
	rows, err := tx.Query(ctx, query(name), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[T])
}

// sorted returns ss sorted, or nil when it is empty.
func sorted(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	sort.Strings(ss)
	return ss
}

// orNil returns ss, or nil when it is empty, so that empty lists compare
// equal however they were read.
func orNil[T any](ss []T) []T {
	if len(ss) == 0 {
		return nil
	}
	return ss
}
