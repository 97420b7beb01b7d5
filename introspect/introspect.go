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
	// Workers is how many connections read the catalog at once, all on
	// one snapshot (pg_export_snapshot): 0 or 1 reads everything on the
	// caller's connection; more opens Workers-1 connections like it for the
	// duration of the call. Measured on two cores against a local server,
	// more connections gained nothing (chado 1.02 s on one, 0.92-0.96 s on
	// two or three; musicbrainz 0.46 s on one, 0.47-0.55 s on more): every
	// new backend warms its own catalog caches, which is most of the work.
	// With more cores, or a server far away, they can help.
	Workers int
}

// DefaultWorkers is a sensible Workers for a caller that wants a parallel
// read.
const DefaultWorkers = 3

// settings are the session settings of every introspection transaction,
// sent in one round trip. Names print qualified (search_path). work_mem is
// raised so the hash joins of the larger queries stay in memory when the
// catalog's statistics are stale (a freshly loaded database). JIT is off,
// as pg_dump sets it: stale statistics inflate the planner's cost estimates
// past jit_above_cost, and compiling a catalog query's expressions cost 0.1
// to 0.3 s each on a freshly loaded 5,000-table schema (6 queries),
// more than running them; the queries spend their time in the catalog's
// deparsing functions, which JIT does not speed up.
const settings = "SET LOCAL search_path = ''; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off"

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
	major, err := ServerMajor(conn)
	if err != nil {
		return nil, err
	}
	if err := checkMajor(major); err != nil {
		return nil, err
	}
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("introspect: begin: %w", err)
	}
	// The transaction only reads; rolling back is how it always ends.
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, settings); err != nil {
		return nil, fmt.Errorf("introspect: settings: %w", err)
	}

	f := &fetcher{tx: tx, major: major, pending: map[string]*fetched{}}
	defer f.close(context.WithoutCancel(ctx))
	s := &model.Schema{Major: major}
	namespaces, err := readNamespaces(ctx, f)
	if err != nil {
		return nil, err
	}
	sc := newScope(namespaces, opts)
	for _, ns := range namespaces {
		if slices.Contains(sc.schemas, ns.Name) {
			s.Namespaces = append(s.Namespaces, ns)
		}
	}
	if opts.Workers > 1 {
		if err := f.startWorkers(ctx, conn, opts.Workers-1); err != nil {
			return nil, err
		}
		prefetchAll(ctx, f, sc, opts)
	}
	if s.Extensions, err = readExtensions(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Collations, err = readCollations(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.TextSearchDictionaries, err = readTextSearchDictionaries(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.TextSearchConfigs, err = readTextSearchConfigs(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Enums, err = readEnums(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Sequences, err = readSequences(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Domains, err = readDomains(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Composites, err = readComposites(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Ranges, err = readRanges(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Functions, err = readFunctions(ctx, f, sc); err != nil {
		return nil, err
	}
	tables, err := readTables(ctx, f, sc)
	if err != nil {
		return nil, err
	}
	views, err := readViews(ctx, f, sc)
	if err != nil {
		return nil, err
	}
	if err := readIndexes(ctx, f, sc, tables, views); err != nil {
		return nil, err
	}
	if err := readTriggers(ctx, f, sc, tables, views); err != nil {
		return nil, err
	}
	if err := readPolicies(ctx, f, sc, tables); err != nil {
		return nil, err
	}
	if err := readRules(ctx, f, sc, tables, views); err != nil {
		return nil, err
	}
	s.Tables, s.Views = tables.list(), views.list()
	if s.Statistics, err = readStatistics(ctx, f, sc); err != nil {
		return nil, err
	}
	if s.Unmanaged, err = readUnmanaged(ctx, f, sc); err != nil {
		return nil, err
	}
	if opts.Privileges {
		if s.Privileges, err = readPrivileges(ctx, f, sc, s); err != nil {
			return nil, err
		}
	}
	if err := tx.Rollback(ctx); err != nil {
		return nil, fmt.Errorf("introspect: end transaction: %w", err)
	}
	s.Sort()
	return s, nil
}

// prefetchAll hands the queries after the first to the workers, the
// longest first (views print every definition; columns, constraints and
// indexes have the most rows), so the main connection, which reads the
// short ones in order, rarely waits.
func prefetchAll(ctx context.Context, f *fetcher, sc scope, opts Options) {
	prefetch[viewRow](ctx, f, "views", sc.schemas, sc.excludeTables)
	prefetch[constraintRow](ctx, f, "constraints", sc.schemas, sc.excludeTables)
	prefetch[columnRow](ctx, f, "columns", sc.schemas, sc.excludeTables)
	prefetch[indexRow](ctx, f, "indexes", sc.schemas, sc.excludeTables)
	prefetch[functionRow](ctx, f, "functions", sc.schemas, sc.excludeTables)
	prefetch[triggerRow](ctx, f, "triggers", sc.schemas, sc.excludeTables)
	prefetch[ruleRow](ctx, f, "rules", sc.schemas, sc.excludeTables)
	prefetch[domainRow](ctx, f, "domains", sc.schemas, sc.excludeTables)
	prefetch[unmanagedRow](ctx, f, "unmanaged", sc.schemas, sc.excludeTables, sc.wholeDatabase)
	prefetch[sequenceRow](ctx, f, "sequences", sc.schemas, sc.excludeTables)
	prefetch[policyRow](ctx, f, "policies", sc.schemas, sc.excludeTables)
	if opts.Privileges {
		prefetch[privilegeRow](ctx, f, "privileges", sc.schemas, sc.excludeTables)
	}
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

// query returns the text of queries/name.sql for a server of the given
// major (see forMajor), with the shared CTE bodies of
// queries/managed_tables.inc and queries/dep_targets.inc in place of a
// "-- managed_tables" or "-- dep_targets" line.
func query(name string, major int) string {
	b, err := queries.ReadFile("queries/" + name + ".sql")
	if err != nil {
		panic("introspect: missing embedded query " + name) // a build defect, not a runtime condition
	}
	q := strings.Replace(string(b), "    -- managed_tables\n", managedTables, 1)
	return forMajor(strings.Replace(q, "    -- dep_targets\n", depTargets, 1), major)
}

//go:embed queries/managed_tables.inc
var managedTables string

//go:embed queries/dep_targets.inc
var depTargets string

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
