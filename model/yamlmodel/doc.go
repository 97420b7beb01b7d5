// Package yamlmodel reads and writes a model.Schema as a YAML model, in the
// format of docs/model.md, and holds that format's JSON Schema
// (schema.json, JSONSchema) for editors.
//
// Decoding checks every key and value and fills in the defaults the format
// leaves out, and errors name the file, line and column and the key path.
// Encoding is canonical: the same schema always writes the same bytes, with
// short forms wherever they hold everything and defaults left out.
//
// yamlmodel imports model, the standard library and the YAML library. The
// engine (diff, introspect, render) must not import it: a model reaches
// them as a model.Schema.
package yamlmodel
