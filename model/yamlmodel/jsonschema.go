package yamlmodel

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of the YAML model, for
// editors that validate and complete YAML (retort model schema prints it).
//
//go:embed schema.json
var JSONSchema []byte
