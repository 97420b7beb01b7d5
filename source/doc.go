// Package source resolves a source spec to a *model.Schema.
//
// A spec is one of:
//
//   - a postgres:// or postgresql:// URL: the live database is introspected;
//   - a .sql file: applied to a scratch database, which is introspected and
//     dropped;
//   - a directory: its own *.sql files (not subdirectories), in lexical
//     order, applied to one scratch database like a single file.
//
// A scratch database is created (CREATE DATABASE ... TEMPLATE template0) on
// the scratch server, chosen in this order: Options.DevURL (the --dev-url
// flag or the config's dev_url), the RETORT_DEV_URL environment variable,
// Options.LiveURL (the server of the live side of a comparison), and last an
// embedded throwaway cluster started from the local PostgreSQL binaries and
// shared by every load of one Loader. An explicit dev URL that does not answer
// is an error, never a reason to fall back to the embedded cluster. The
// scratch database is always dropped, also on error and on cancellation.
//
// SQL is applied one statement at a time in autocommit mode, so a large
// schema never holds every lock at once, and failures name the file and line.
//
// The catalog has no place for a model's rename annotations: those of a SQL
// source are read from its comments (-- retort:renamed-from, see Annotate),
// those of a YAML model are carried over from the decoded model.
//
// Errors meant for a user are one line saying what failed and what to do;
// callers can act on them through the sentinel errors and *SQLError.
//
// source imports model, introspect and the internal devdb and embedpg
// packages; it must not import diff, render, migrate or internal/cli.
package source
