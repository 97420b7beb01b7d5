// Package migrate reads revision files, builds their graph (heads, branches,
// merges, depends-on), plans upgrades and downgrades, and runs them against
// PostgreSQL with a version table, an audit history table and an advisory
// lock, or writes them as an offline SQL script.
//
// Revisions are read from an fs.FS (os.DirFS, embed.FS, fstest.MapFS), so an
// application can ship its revisions inside its binary and migrate at start:
//
//	g, err := migrate.LoadGraph(revisionsFS, "versions")
//	...
//	steps, err := migrate.NewRunner(conn, g, migrate.Options{}).Upgrade(ctx, "head")
//
// A revision file is SQL with a header of "-- Key: value" comment lines and
// two sections:
//
//	-- retort revision
//	-- Revision: 784a7abb86b7
//	-- Parents: 1975ea83b712
//	-- Message: create schema ecommerce
//	-- Created: 2024-04-01T17:18:00Z
//
//	-- +retort upgrade
//	CREATE SCHEMA ecommerce;
//
//	-- +retort downgrade
//	DROP SCHEMA ecommerce;
//
// A revision's SQL must not control transactions (BEGIN, COMMIT, ROLLBACK,
// SAVEPOINT, ...): the runner runs each revision and its bookkeeping in a
// transaction of its own, or outside any with "-- Transaction: false" in
// the header (CREATE INDEX CONCURRENTLY). The progress of such a revision
// is recorded statement by statement, so that a run that stops part way is
// resumed by the next.
//
// migrate runs SQL text only: it must not import diff, render, introspect or
// source (nor the CLI). Its imports are the standard library, pgx and
// internal/sqlsplit (to split sections into statements for error lines);
// it must not import pg_query_go or anything else that needs cgo, so that
// an application embedding it builds with CGO_ENABLED=0.
package migrate
