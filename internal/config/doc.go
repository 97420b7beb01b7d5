// Package config reads retort.yaml: it finds the file, decodes it strictly
// (unknown keys and wrong types are errors with file:line:col), applies a
// named environment's overrides, expands ${VAR} and ${VAR:-default} from the
// process environment, resolves relative paths against the file's directory
// and validates the result into a Config. It also names revision files
// (FileName, Slug) and masks passwords in URLs and messages (MaskURL,
// MaskText).
//
// It imports the standard library and go.yaml.in/yaml/v3 only; it must not
// import pgx or any other retort package.
package config
