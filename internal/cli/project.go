package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/retortdb/retort/internal/config"
	"github.com/retortdb/retort/internal/devdb"
	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/migrate"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
	"github.com/retortdb/retort/source"
)

// globalOptions are the flags every project command shares.
type globalOptions struct {
	config string // -c/--config
	env    string // -e/--env
	devURL string // --dev-url, overrides the config's dev_url
	// model, when set, is the desired schema compiled into the program
	// (RunWithModel); it replaces the config's model.
	model *model.Schema
}

func (g *globalOptions) register(cmd *cobra.Command) {
	f := cmd.PersistentFlags()
	f.StringVarP(&g.config, "config", "c", "", "config file (default $RETORT_CONFIG, else ./retort.yaml)")
	f.StringVarP(&g.env, "env", "e", "", "environment of the config to use (its overrides apply)")
	f.StringVar(&g.devURL, "dev-url", "", "server for scratch databases (default: dev_url, $RETORT_DEV_URL)")
}

// A project is a resolved retort.yaml with the streams of one command.
type project struct {
	cfg    *config.Config
	model  *model.Schema // compiled-in model, or nil
	devURL string
	stdout io.Writer
	stderr io.Writer
	// privileges: a command's --privileges, which adds to the config's
	// privileges: key.
	privileges bool
	// changes: the command changes the project's database (see
	// changesDatabase), so connect names the database on stderr.
	changes bool
}

// changesDatabase is the annotation (set in newRoot) of the commands that
// change the project's database: connect names the database they change on
// stderr before they do, so that a config without url does not silently
// change whatever the libpq defaults reach.
const changesDatabase = "retort.changes-database"

// errNoConfig says what to do when a command needs a config and none exists.
var errNoConfig = errors.New("no retort.yaml found; run retort init, or pass -c/--config or set RETORT_CONFIG")

func openProject(cmd *cobra.Command, g *globalOptions) (*project, error) {
	path, err := config.Find(g.config)
	if err != nil {
		return nil, err
	}
	if path == "" {
		return nil, errNoConfig
	}
	f, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	cfg, err := f.Resolve(g.env, os.Getenv)
	if err != nil {
		return nil, err
	}
	dev := g.devURL
	if dev == "" {
		dev = cfg.DevURL
	}
	return &project{cfg: cfg, model: g.model, devURL: dev, stdout: cmd.OutOrStdout(), stderr: cmd.ErrOrStderr(),
		changes: cmd.Annotations[changesDatabase] != ""}, nil
}

// openGraph opens the project and reads its revision graph: the start of
// most project commands.
func openGraph(cmd *cobra.Command, g *globalOptions) (*project, *migrate.Graph, error) {
	p, err := openProject(cmd, g)
	if err != nil {
		return nil, nil, err
	}
	graph, err := p.graph()
	if err != nil {
		return nil, nil, err
	}
	return p, graph, nil
}

// graph reads the revision files of every versions directory. Paths in
// messages are relative to the config file's directory when the versions
// directories lie below it, absolute otherwise.
//
// With versions_format, the versions directory is another runner's, and
// its migrations are imported (internal/interop) as the graph.
func (p *project) graph() (*migrate.Graph, error) {
	if p.cfg.VersionsFormat != "" {
		revs, err := p.foreignRevisions()
		if err != nil {
			return nil, err
		}
		return migrate.NewGraph(revs)
	}
	root, err := filepath.Abs(filepath.Dir(p.cfg.Path))
	if err != nil {
		return nil, err
	}
	dirs := make([]string, len(p.cfg.Versions))
	for i, d := range p.cfg.Versions {
		rel, err := filepath.Rel(root, d)
		if err != nil || !filepath.IsLocal(rel) {
			return p.graphFromRoot()
		}
		dirs[i] = filepath.ToSlash(rel)
	}
	return migrate.LoadGraph(os.DirFS(root), dirs...)
}

// foreignRevisions imports the migrations of the versions directory in
// versions_format (one directory).
func (p *project) foreignRevisions() ([]*migrate.Revision, error) {
	if len(p.cfg.Versions) != 1 {
		return nil, fmt.Errorf("%s: versions_format %s takes one versions directory, not %d", p.cfg.Path, p.cfg.VersionsFormat, len(p.cfg.Versions))
	}
	dir := p.cfg.Versions[0]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	revs, err := interop.Import(interop.Format(p.cfg.VersionsFormat), os.DirFS(dir), now())
	if err != nil {
		return nil, fmt.Errorf("%s (versions_format %s): %w", dir, p.cfg.VersionsFormat, err)
	}
	return revs, nil
}

func (p *project) graphFromRoot() (*migrate.Graph, error) {
	dirs := make([]string, len(p.cfg.Versions))
	for i, d := range p.cfg.Versions {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		dirs[i] = strings.TrimPrefix(filepath.ToSlash(abs), "/")
	}
	return migrate.LoadGraph(os.DirFS("/"), dirs...)
}

// connect opens the project's database. An empty URL lets the libpq
// environment (PGHOST, PGDATABASE, ...) decide, and libpq's defaults when
// none is set. For a command that changes the database, connect then names
// it on stderr (announceTarget), before anything is changed.
func (p *project) connect(ctx context.Context) (*pgx.Conn, error) {
	name := filepath.Base(p.cfg.Path)
	defaults := p.cfg.URL == "" && len(p.libpqVars()) == 0
	hint := "check url in " + name + " (or the PG* environment variables)"
	if defaults {
		hint = "" // said below, whatever the failure
	}
	conn, err := devdb.Connect(ctx, p.cfg.DatabaseURL(), hint)
	if err != nil {
		if defaults {
			return nil, fmt.Errorf("%w; %s has no url and no PG* variable is set, so libpq's defaults were used: set url", err, name)
		}
		return nil, err
	}
	if p.changes {
		p.announceTarget(conn)
	}
	return conn, nil
}

// libpqTargetVars are the libpq environment variables that choose the
// database an empty URL reaches.
var libpqTargetVars = []string{"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGSERVICEFILE"}

// libpqVars returns the libpq variables set that choose the database.
func (p *project) libpqVars() []string {
	var set []string
	for _, v := range libpqTargetVars {
		if os.Getenv(v) != "" {
			set = append(set, v)
		}
	}
	return set
}

// announceTarget writes on stderr the database conn reaches, as
// user@host:port/database (never the password), and where that came from
// when the config has no url: the PG* variables, or libpq's defaults.
// Commands that change the project's database call it (through connect)
// before they change anything.
func (p *project) announceTarget(conn *pgx.Conn) {
	note := ""
	if p.cfg.URL == "" {
		if vars := p.libpqVars(); len(vars) > 0 {
			note = fmt.Sprintf(" (no url in %s: from %s)", filepath.Base(p.cfg.Path), strings.Join(vars, ", "))
		} else {
			note = fmt.Sprintf(" (no url in %s and no PG* variable set: libpq defaults)", filepath.Base(p.cfg.Path))
		}
	}
	fmt.Fprintf(p.stderr, "retort: target %s%s\n", describeTarget(conn), note)
}

// describeTarget names the database of conn as user@host:port/database. A
// Unix socket shows as its directory; with several hosts in the URL, the
// address actually reached is shown.
func describeTarget(conn *pgx.Conn) string {
	cfg := conn.Config()
	port := strconv.Itoa(int(cfg.Port))
	addr := net.JoinHostPort(cfg.Host, port)
	if strings.HasPrefix(cfg.Host, "/") {
		addr = cfg.Host + ":" + port // a Unix socket's directory
	}
	for _, f := range cfg.Fallbacks {
		if f.Host != cfg.Host || f.Port != cfg.Port {
			// Several hosts (not just sslmode=prefer's second try):
			// the one reached.
			addr = conn.PgConn().Conn().RemoteAddr().String()
			break
		}
	}
	db := cfg.Database
	if db == "" {
		db = cfg.User // the server's default
	}
	return cfg.User + "@" + addr + "/" + db
}

// hasDatabase reports whether a database is configured: a url, or libpq
// environment variables that name one.
func (p *project) hasDatabase() bool {
	if p.cfg.URL != "" {
		return true
	}
	for _, v := range []string{"PGHOST", "PGDATABASE", "PGSERVICE"} {
		if os.Getenv(v) != "" {
			return true
		}
	}
	return false
}

// runnerOptions are the runner's options from the config: progress on
// stdout, warnings (hazards of downgrade steps, edited revisions) on
// stderr, the configured lock_timeout on every statement it sends.
func (p *project) runnerOptions() migrate.Options {
	return migrate.Options{
		VersionTable:  p.cfg.VersionTable,
		VersionSchema: p.cfg.VersionTableSchema,
		HistoryTable:  historyTable(p.cfg.HistoryTable),
		UserVersion:   p.cfg.UserVersion,
		Transaction:   p.cfg.Transaction,
		Log:           p.stdout,
		Warnings:      &prefixWriter{w: p.stderr, prefix: "retort: "},
		LockTimeout:   p.cfg.LockTimeout,
		LockRetries:   p.cfg.Retries(),
	}
}

// historyTable maps the config's "history table off" (empty) to the
// runner's "-".
func historyTable(name string) string {
	if name == "" {
		return "-"
	}
	return name
}

// introspectOptions scopes introspection to the configured schemas and
// leaves out the project's own bookkeeping tables.
func (p *project) introspectOptions() introspect.Options {
	exclude := append([]string{}, introspect.DefaultExcludeTables...)
	exclude = append(exclude, p.cfg.VersionTable)
	exclude = append(exclude, p.cfg.ExcludeTables...)
	if p.cfg.HistoryTable != "" {
		exclude = append(exclude, p.cfg.HistoryTable)
	}
	return introspect.Options{
		Schemas:        p.cfg.Schemas.Include,
		ExcludeSchemas: p.cfg.Schemas.Exclude,
		ExcludeTables:  exclude,
		Privileges:     p.cfg.Privileges || p.privileges,
	}
}

// withVersionSchema adds the schema of the version table to a state read
// from a database (or replayed), when the schema is in scope and missing:
// the runner creates it before the first revision runs, so revisions must
// not, and no downgrade may drop it while the version table lives there.
func (p *project) withVersionSchema(s *model.Schema) *model.Schema {
	name := p.cfg.VersionTableSchema
	inc, exc := p.cfg.Schemas.Include, p.cfg.Schemas.Exclude
	if name == "" || (len(inc) > 0 && !contains(inc, name)) || contains(exc, name) {
		return s
	}
	for _, n := range s.Namespaces {
		if n.Name == name {
			return s
		}
	}
	s.Namespaces = append(s.Namespaces, model.Namespace{Name: name})
	s.Sort()
	return s
}

// loader returns a source loader whose scratch server is the dev URL, else
// the project's database server, else an embedded cluster.
func (p *project) loader() *source.Loader {
	return source.NewLoader(source.Options{
		DevURL:     p.devURL,
		LiveURL:    p.cfg.DatabaseURL(),
		Introspect: p.introspectOptions(),
		Stderr:     p.stderr,
	})
}

// checkModel reports a model path that cannot load (missing, not a model),
// before a scratch cluster is started for it or for the revisions.
func (p *project) checkModel() error {
	if p.model != nil || p.cfg.Model.Command != "" || p.cfg.Model.Path == "" {
		return nil
	}
	if err := source.CheckSpec(p.cfg.Model.Path); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	return nil
}

// modelSchema materializes the desired schema: the compiled-in model, the
// model file or directory (SQL or YAML), or what the model command prints
// (a YAML model, or SQL).
func (p *project) modelSchema(ctx context.Context, l *source.Loader) (*model.Schema, error) {
	if p.model != nil {
		s, err := l.Materialize(ctx, p.model)
		if err != nil {
			return nil, fmt.Errorf("compiled-in model: %w", err)
		}
		return s, nil
	}
	m := p.cfg.Model
	switch {
	case m.Command != "":
		out, err := runModelCommand(ctx, m.Command, filepath.Dir(p.cfg.Path))
		if err != nil {
			return nil, err
		}
		// The command prints a YAML model (a Go model's yamlmodel.Write) or SQL.
		if y, yerr := yamlmodel.Decode("model command output", out); yerr == nil {
			s, err := l.Materialize(ctx, y)
			if err != nil {
				return nil, fmt.Errorf("model command %q: %w", m.Command, err)
			}
			return s, nil
		}
		tmp, err := os.CreateTemp("", "retort-model-*.sql")
		if err != nil {
			return nil, err
		}
		defer os.Remove(tmp.Name())
		if _, err := tmp.Write(out); err != nil {
			tmp.Close()
			return nil, err
		}
		if err := tmp.Close(); err != nil {
			return nil, err
		}
		s, err := l.Load(ctx, tmp.Name())
		if err != nil {
			return nil, fmt.Errorf("model command %q: %w", m.Command, err)
		}
		return s, nil
	case m.Path != "":
		s, err := l.Load(ctx, m.Path)
		if err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		return s, nil
	}
	return nil, fmt.Errorf("%s: no model configured; set model: to a .sql file or directory, or model: {command: ...}", p.cfg.Path)
}

// runModelCommand runs a model command with sh in dir and returns its
// standard output.
func runModelCommand(ctx context.Context, command, dir string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "sh", "-c", command)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		last := strings.TrimSpace(stderr.String())
		if i := strings.LastIndexByte(last, '\n'); i >= 0 {
			last = last[i+1:]
		}
		return nil, fmt.Errorf("model command %q failed: %v: %s", command, err, last)
	}
	return out, nil
}

// replay applies the revisions up to the given targets (none: nothing, the
// base) to a fresh scratch database and returns its schema: the state those
// revisions produce.
func (p *project) replay(ctx context.Context, l *source.Loader, g *migrate.Graph, target []string) (s *model.Schema, err error) {
	db, err := l.Scratch(ctx)
	if err != nil {
		return nil, err
	}
	defer func() {
		if dropErr := db.Drop(ctx); dropErr != nil && err == nil {
			s, err = nil, dropErr
		}
	}()
	conn, err := devdb.Connect(ctx, db.URL(), devdb.HintDevServer)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	opts := p.runnerOptions()
	opts.Log = io.Discard
	r := migrate.NewRunner(conn, g, opts)
	for _, t := range target {
		if _, err := r.Upgrade(ctx, t); err != nil {
			return nil, fmt.Errorf("replay revisions in a scratch database: %w", err)
		}
	}
	s, err = introspect.Schema(ctx, conn, p.introspectOptions())
	if err != nil {
		return nil, fmt.Errorf("read scratch database: %w", err)
	}
	return p.withVersionSchema(s), nil
}
