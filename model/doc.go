// Package model holds the plain value types that describe a PostgreSQL
// schema: namespaces, extensions, enums, sequences, tables with their
// columns, constraints and indexes; their canonical order (Schema.Sort),
// deep copies (Schema.Clone) and the names PostgreSQL derives by default
// (DefaultNotNullName, DefaultMultirangeName).
//
// Both sides of every comparison are a model.Schema read by the same
// introspector, so the types carry exactly what the catalog says, in the
// catalog's own spelling. Names are unquoted; SQL fragments printed by
// PostgreSQL (types, expressions) are kept verbatim.
//
// The YAML form of a Schema is package model/yamlmodel.
//
// model imports nothing but the standard library: every package of the
// engine imports it, so it must not bring a codec along.
package model
