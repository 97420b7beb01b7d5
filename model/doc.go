// Package model holds the plain value types that describe a PostgreSQL
// schema: namespaces, extensions, enums, sequences, tables with their
// columns, constraints and indexes.
//
// Both sides of every comparison are a model.Schema read by the same
// introspector, so the types carry exactly what the catalog says, in the
// catalog's own spelling. Names are unquoted; SQL fragments printed by
// PostgreSQL (types, expressions) are kept verbatim.
//
// The YAML model (yaml*.go) decodes and encodes a Schema in the format of
// docs/model.md; schema.json is its JSON Schema.
//
// model imports nothing of the project: only the standard library and the
// YAML library.
package model
