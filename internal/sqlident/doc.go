// Package sqlident handles the identifiers in SQL text, in plain Go: it
// quotes a name as PostgreSQL's quote_ident does (Quote, with PostgreSQL
// 15's keyword table), lists the names a text PostgreSQL printed mentions
// (QualifiedNames, ColumnNames), and rewrites such a text for a rename
// (RenameSchema, RenameRelation, RenameColumn), as PostgreSQL prints it
// once the object is renamed.
//
// It reads texts with the lexer of internal/sqlsplit, token by token, so
// string constants and comments are left alone; it knows no grammar.
//
// The package uses the standard library and internal/sqlsplit only, and
// no cgo, so that the engine (diff, render) builds with CGO_ENABLED=0. It
// must not import pg_query_go (its tests may import anything).
package sqlident
