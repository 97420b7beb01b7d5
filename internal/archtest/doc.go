// Package archtest holds the tests that keep docs/ARCHITECTURE.md true to
// the code: every package of the module has a row in its package table,
// and imports only what that row's "may import" column allows; the engine
// core (model, diff, render, migrate) builds without cgo, and the model
// holds no YAML codec.
//
// It has no code of its own.
package archtest
