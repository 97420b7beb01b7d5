package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/devdb"
)

// Defaults of the keys a config may leave out.
const (
	DefaultVersionTable       = "retort_version"
	DefaultVersionTableSchema = "public"
	DefaultHistoryTable       = "retort_version_history"
	DefaultFileTemplate       = "{year}_{month:02}_{day:02}_{hour:02}{minute:02}-{rev}_{slug}"
	DefaultTruncateSlugLength = 40
	DefaultTimezone           = "UTC"
	// DefaultLockRetries: a revision that hits lock_timeout is tried three
	// times in all before upgrade or downgrade gives up.
	DefaultLockRetries = 2
)

// The values of the transaction key.
const (
	TransactionPerRevision = "per-revision" // one transaction per revision (the default)
	TransactionPerRun      = "per-run"      // one transaction for the whole run
)

// Config is a resolved retort.yaml: one environment applied, variables
// expanded, paths absolute, defaults filled in, values validated.
type Config struct {
	Path string // the config file
	Env  string // the environment applied; "" for the top level only

	// URL is the database URL. It may be empty: then pass "" to pgx, which
	// reads the libpq PG* variables (PGHOST, PGDATABASE, PGUSER, ...).
	URL    string
	DevURL string // server for scratch databases; may be empty

	Model    Model    // the desired schema
	Versions []string // revision directories, absolute
	Schemas  Schemas  // schemas in scope

	VersionTable       string // default retort_version
	VersionTableSchema string // default public
	HistoryTable       string // default retort_version_history; "" when off
	FileTemplate       string // revision file names; see FileName
	TruncateSlugLength int    // default 40
	Timezone           string // of revision dates and file names; default UTC
	Transaction        string // TransactionPerRevision or TransactionPerRun
	UserVersion        string // recorded in the history table
	// Privileges: owners, privileges and default privileges are read and
	// compared too (default false).
	Privileges bool
	// Online: plans are lock-light (see diff.Options.Online); default false.
	Online bool
	// LockTimeout and StatementTimeout, when not empty, are set at the top
	// of generated revisions (SET lock_timeout = ...). Online mode sets
	// lock_timeout to DefaultOnlineLockTimeout unless it is configured.
	// upgrade and downgrade also set LockTimeout on their session, for
	// every statement they send (revisions written by hand too).
	LockTimeout, StatementTimeout string
	// LockRetries is how many times upgrade and downgrade try a revision
	// again after it hit lock_timeout; nil when not configured (see
	// Retries: DefaultLockRetries).
	LockRetries *int
	// DenyHazards refuses plans with hazards whose kind AllowHazards does
	// not name (diff and revision --autogenerate exit 3).
	DenyHazards  bool
	AllowHazards []string
	// ExcludeTables are table names (in any schema in scope) never read
	// nor compared: another runner's bookkeeping table kept while a team
	// moves to retort (exclude_tables: [schema_migrations]).
	ExcludeTables []string
	// VersionsFormat, when not empty, is the migration runner whose
	// directory the versions directory is (one of VersionsFormats):
	// revision writes into it in that runner's layout, and the commands
	// that read revisions import them from it; upgrade and downgrade are
	// the runner's job then.
	VersionsFormat string
}

// VersionsFormats are the runners versions_format names (internal/interop's
// formats; a test keeps the two lists equal).
var VersionsFormats = []string{"golang-migrate", "goose", "dbmate", "flyway", "atlas", "alembic"}

// DefaultOnlineLockTimeout is the lock_timeout of revisions generated in
// online mode when lock_timeout is not configured: a statement that waits
// longer for its lock gives up instead of queueing every query behind it.
const DefaultOnlineLockTimeout = "5s"

// Model is where the desired schema comes from: a .sql file or directory
// (Path, absolute), or a shell command run in the config's directory whose
// output is the model's SQL (Command). Both are empty when none is set.
type Model struct {
	Path    string
	Command string
}

// Schemas are the schemas in scope: Include (empty: every schema but the
// system ones) minus Exclude.
type Schemas struct {
	Include []string
	Exclude []string
}

// Retries returns LockRetries, or DefaultLockRetries when it is not
// configured.
func (c *Config) Retries() int {
	if c.LockRetries == nil {
		return DefaultLockRetries
	}
	return *c.LockRetries
}

// DatabaseURL returns the URL to hand to pgx: the configured URL, or "" so
// that the libpq PG* environment variables apply.
func (c *Config) DatabaseURL() string {
	return c.URL
}

// Resolve applies the named environment's overrides ("" = the top level
// only; an unknown environment is an error listing the known ones), expands
// ${VAR} and ${VAR:-default} in string values with getenv (nil: os.Getenv;
// an empty variable counts as unset), resolves relative paths against the
// config file's directory, and validates the result.
func (f *File) Resolve(env string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	l, err := f.layer(env)
	if err != nil {
		return nil, err
	}
	return f.build(env, l, func(s str) (string, bool, error) {
		v, err := expand(s.val, getenv)
		if err != nil {
			return "", false, f.expandError(s, err)
		}
		return v, true, nil
	})
}

// layer returns the keys in effect in an environment.
func (f *File) layer(env string) (*layer, error) {
	if env == "" {
		return &f.top, nil
	}
	e, ok := f.envs[env]
	if !ok {
		hint := "the file defines no environments; add them under environments:"
		if len(f.envNames) > 0 {
			hint = "known environments: " + strings.Join(f.envNames, ", ")
		}
		return nil, &Error{File: f.Path, Msg: fmt.Sprintf("unknown environment %q", env), Hint: hint}
	}
	return overlay(&f.top, e), nil
}

// An expander returns a string value with its ${VAR}s expanded; known is
// false when the value cannot be known yet (Load checks without the
// environment), and then its checks are skipped.
type expander func(s str) (v string, known bool, err error)

// checkOnly is the expander of Load: it checks the ${...} syntax only.
func checkOnly(s str) (string, bool, error) {
	if _, err := expand(s.val, func(string) string { return "x" }); err != nil {
		return "", false, &Error{Line: s.line, Column: s.col, Key: s.key, Msg: err.Error(), Hint: expandHint(err)}
	}
	return s.val, !strings.Contains(s.val, "${"), nil
}

func (f *File) expandError(s str, err error) error {
	return &Error{File: f.Path, Line: s.line, Column: s.col, Key: s.key, Msg: err.Error(), Hint: expandHint(err)}
}

// build makes the Config of a layer.
func (f *File) build(env string, l *layer, x expander) (*Config, error) {
	b := &builder{file: f, x: x}
	c := &Config{
		Path:               f.Path,
		Env:                env,
		VersionTable:       DefaultVersionTable,
		VersionTableSchema: DefaultVersionTableSchema,
		HistoryTable:       DefaultHistoryTable,
		FileTemplate:       DefaultFileTemplate,
		TruncateSlugLength: DefaultTruncateSlugLength,
		Timezone:           DefaultTimezone,
		Transaction:        TransactionPerRevision,
	}
	b.url(l.url, &c.URL)
	b.url(l.devURL, &c.DevURL)
	if m := l.model; m.set && !m.null {
		if m.val.path.key != "" {
			if v, _ := b.value(m.val.path); strings.Contains(v, "://") {
				b.fail(m.val.path, "a model is a file, a directory or a command, not a URL ("+MaskURL(v)+")",
					"write model: schema.sql (or a directory, or model: {command: ...}); the database to compare goes in url:")
			} else if v != "" {
				c.Model.Path = f.abs(v)
			}
		}
		if m.val.command.key != "" {
			c.Model.Command, _ = b.value(m.val.command)
		}
	}
	if l.versions.set && !l.versions.null {
		for _, s := range l.versions.val {
			if v, known := b.value(s); v != "" || !known {
				c.Versions = append(c.Versions, f.abs(v))
			} else {
				b.fail(s, "empty directory name", hintFor(s.key))
			}
		}
	}
	if l.schemas.set && !l.schemas.null {
		c.Schemas.Include = b.names(l.schemas.val.include)
		c.Schemas.Exclude = b.names(l.schemas.val.exclude)
		for _, s := range c.Schemas.Include {
			for _, e := range l.schemas.val.exclude {
				if e.val == s {
					b.fail(e, fmt.Sprintf("schema %s is both included and excluded", s), "keep it in one list")
				}
			}
		}
	}
	b.name(l.versionTable, &c.VersionTable)
	b.name(l.versionTableSchema, &c.VersionTableSchema)
	if h := l.historyTable; h.set && !h.null {
		if v, known := b.value(h.val); known && (strings.EqualFold(v, "off") || strings.EqualFold(v, "false")) {
			c.HistoryTable = ""
		} else {
			b.name(h, &c.HistoryTable)
			if known && c.HistoryTable == c.VersionTable {
				b.fail(h.val, "same table as version_table", "give the history its own table, or write off")
			}
		}
	}
	if t := l.fileTemplate; t.set && !t.null {
		if v, known := b.value(t.val); known {
			_, err := FileName(v, FileVars{Rev: "0123456789ab", Slug: "slug", Time: time.Unix(0, 0)})
			var te *templateError
			if errors.As(err, &te) {
				b.fail(t.val, te.msg, te.hint)
			}
			c.FileTemplate = v
		}
	}
	if n := l.truncateSlugLength; n.set && !n.null {
		c.TruncateSlugLength = n.val.val
	}
	if t := l.timezone; t.set && !t.null {
		if v, known := b.value(t.val); known {
			if _, err := time.LoadLocation(v); err != nil || v == "" {
				b.fail(t.val, fmt.Sprintf("unknown time zone %q", v), hintFor(t.val.key))
			}
			c.Timezone = v
		}
	}
	if t := l.transaction; t.set && !t.null {
		if v, known := b.value(t.val); known {
			if v != TransactionPerRevision && v != TransactionPerRun {
				b.fail(t.val, fmt.Sprintf("%q is not a transaction mode", v), hintFor(t.val.key))
			}
			c.Transaction = v
		}
	}
	if u := l.userVersion; u.set && !u.null {
		c.UserVersion, _ = b.value(u.val)
	}
	if p := l.privileges; p.set && !p.null {
		c.Privileges = p.val
	}
	if o := l.online; o.set && !o.null {
		c.Online = o.val
	}
	if d := l.denyHazards; d.set && !d.null {
		c.DenyHazards = d.val
	}
	b.duration(l.lockTimeout, &c.LockTimeout)
	if n := l.lockRetries; n.set && !n.null {
		retries := n.val.val
		c.LockRetries = &retries
	}
	b.duration(l.statementTimeout, &c.StatementTimeout)
	if a := l.allowHazards; a.set && !a.null {
		for _, s := range a.val {
			v, known := b.value(s)
			if !known {
				continue
			}
			if _, ok := diff.ParseHazardKind(v); !ok {
				b.fail(s, fmt.Sprintf("%q is not a hazard kind", v), "use "+strings.Join(diff.HazardKindNames(), ", "))
			}
			c.AllowHazards = append(c.AllowHazards, v)
		}
	}
	if s := l.versionsFormat; s.set && !s.null {
		if v, known := b.value(s.val); known && v != "retort" {
			if !slices.Contains(VersionsFormats, v) {
				b.fail(s.val, fmt.Sprintf("%q is not a runner retort writes for", v), hintFor(s.val.key))
			} else {
				c.VersionsFormat = v
			}
		}
	}
	if t := l.excludeTables; t.set && !t.null {
		for _, s := range t.val {
			if v, known := b.value(s); known && v == "" {
				b.fail(s, "empty table name", hintFor(s.key))
			} else {
				c.ExcludeTables = append(c.ExcludeTables, v)
			}
		}
	}
	if b.err != nil {
		return nil, b.err
	}
	return c, nil
}

// abs resolves a path against the config file's directory.
func (f *File) abs(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(f.dir, p)
}

// A builder expands and checks values, keeping the first error.
type builder struct {
	file *File
	x    expander
	err  error
}

func (b *builder) fail(s str, msg, hint string) {
	if b.err == nil {
		b.err = &Error{File: b.file.Path, Line: s.line, Column: s.col, Key: s.key, Msg: msg, Hint: hint}
	}
}

// value expands a string; known is false when it cannot be known yet.
func (b *builder) value(s str) (v string, known bool) {
	v, known, err := b.x(s)
	if err != nil {
		if e, ok := err.(*Error); ok && e.File == "" {
			e.File = b.file.Path
		}
		if b.err == nil {
			b.err = err
		}
		return "", false
	}
	return v, known
}

// url sets a connection string, checking a URL's scheme.
func (b *builder) url(s setting[str], dst *string) {
	if !s.set || s.null {
		return
	}
	v, known := b.value(s.val)
	if !known {
		return
	}
	if scheme, ok := devdb.OtherScheme(v); ok {
		b.fail(s.val, fmt.Sprintf("scheme %q is not postgres or postgresql", scheme), "write postgres://user@host/dbname, or key=value pairs (host=... dbname=...)")
		return
	}
	*dst = v
}

// name sets a table or schema name, checking it.
func (b *builder) name(s setting[str], dst *string) {
	if !s.set || s.null {
		return
	}
	v, known := b.value(s.val)
	if !known {
		return
	}
	switch {
	case v == "":
		b.fail(s.val, "empty name", hintFor(s.val.key))
	case len(v) > 63:
		b.fail(s.val, "name longer than 63 bytes (PostgreSQL would truncate it)", "shorten it")
	case strings.Contains(v, ".") && strings.HasSuffix(s.val.key, "_table"):
		b.fail(s.val, "a table name, not schema.table", "put the schema in version_table_schema")
	}
	*dst = v
}

// names expands a list of schema names, checking each.
func (b *builder) names(list []str) []string {
	var out []string
	for _, s := range list {
		v, known := b.value(s)
		if known && v == "" {
			b.fail(s, "empty schema name", hintFor(s.key))
		}
		out = append(out, v)
	}
	return out
}

// durationPattern matches what PostgreSQL takes for lock_timeout and
// statement_timeout: a whole number, optionally with a unit.
var durationPattern = regexp.MustCompile(`^[0-9]+ ?(us|ms|s|min|h|d)?$`)

// duration checks a timeout setting and stores it in dst.
func (b *builder) duration(s setting[str], dst *string) {
	if !s.set || s.null {
		return
	}
	v, known := b.value(s.val)
	if !known {
		return
	}
	if !ValidDuration(v) {
		b.fail(s.val, fmt.Sprintf("%q is not a duration", v), hintFor(s.val.key))
		return
	}
	*dst = v
}

// ValidDuration reports whether s is a duration PostgreSQL takes for
// lock_timeout and statement_timeout, in the form this package accepts.
func ValidDuration(s string) bool { return durationPattern.MatchString(s) }
