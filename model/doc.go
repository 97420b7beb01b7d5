// Package model holds the plain value types that describe a PostgreSQL
// schema: namespaces, extensions, enums, sequences, tables with their
// columns, constraints and indexes.
//
// Both sides of every comparison are a model.Schema read by the same
// introspector, so the types carry exactly what the catalog says, in the
// catalog's own spelling. Names are unquoted; SQL fragments printed by
// PostgreSQL (types, expressions) are kept verbatim.
//
// model imports nothing of the project, and only the standard library.
package model
