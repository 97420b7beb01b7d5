// Package introspect reads a live PostgreSQL database into a model.Schema.
//
// It runs one set-based catalog query per object kind inside a single
// read-only, repeatable-read transaction whose search_path is empty, so every
// name PostgreSQL prints (format_type, pg_get_expr, regclass) is schema
// qualified and the result does not depend on the caller's session. The
// number of queries is fixed: it never grows with the size of the schema.
//
// It reads PostgreSQL 13 to 18. The server's major, from the server_version
// it reports at connection start, picks each query's variant: a query line
// tagged "-- pg15+" or "-- pg13-14" is part of the query only on those
// majors (version.go), so every major returns the same result columns from
// the catalog it has. The schema records the major (model.Schema.Major).
//
// introspect imports model and pgx only; it must not import diff, render,
// migrate or anything under internal/ except in tests.
package introspect
