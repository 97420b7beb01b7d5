// Package render turns diff operations into PostgreSQL 15 SQL text.
//
// It is pure: operations in, SQL text out, with no database and no I/O.
// Every name is quoted by Ident (internal/sqlident's Quote) exactly when
// PostgreSQL's quote_ident would quote it, every string goes through Literal, and SQL fragments that
// PostgreSQL itself printed (type names, expressions, partition keys,
// exclusion constraint definitions, and the definitions of functions,
// procedures, views and triggers) are emitted verbatim. The output is
// deterministic: the same operations always give byte-identical SQL.
//
// render imports only model, diff and internal/sqlident from this project,
// and builds without cgo; it must not import pgx, pg_query_go, introspect,
// migrate or anything that touches a database or a file.
package render
