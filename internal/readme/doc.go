// Package readme holds the test that runs the README's first hour as a new
// user would: the quick start and both tutorials, each command run by a
// shell with a retort built from this checkout, against the test server,
// and what each prints compared with what the README shows. See
// readme_test.go for the conventions a README section must follow to be
// run.
//
// It has no code of its own. Its tests build cmd/retort and run it as a
// separate program; they import internal/pgtest for the server and
// internal/embedpg to tell whether retort can start its own scratch
// cluster, and no other retort package.
package readme
