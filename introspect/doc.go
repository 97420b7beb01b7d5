// Package introspect reads a live PostgreSQL database into a model.Schema.
//
// It runs one set-based catalog query per object kind inside a single
// read-only, repeatable-read transaction whose search_path is empty, so every
// name PostgreSQL prints (format_type, pg_get_expr, regclass) is schema
// qualified and the result does not depend on the caller's session. The
// number of queries is fixed: it never grows with the size of the schema.
//
// introspect imports model and pgx only; it must not import diff, render,
// migrate or anything under internal/ except in tests.
package introspect
