package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/devdb"
	"github.com/retortdb/retort/internal/embedpg"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
)

// hintLive is the advice when a live database in a source URL does not
// answer.
const hintLive = "is PostgreSQL running? check the host and port in the URL"

// Options configure a Loader.
type Options struct {
	// DevURL is the scratch server (--dev-url or the config's dev_url).
	// When empty, RETORT_DEV_URL is used; when that is empty too, LiveURL's
	// server; else an embedded cluster. An explicit scratch server that
	// does not answer is an error, not a reason to fall back.
	DevURL string
	// LiveURL is the live side of the comparison, if any. Its server holds
	// the scratch databases when no dev URL is configured. LoadAll sets it
	// from the first URL among its specs when it is empty.
	LiveURL string
	// Introspect selects what is read from each source.
	Introspect introspect.Options
	// Stderr receives progress and warnings; nil discards them.
	Stderr io.Writer
}

// A Loader resolves source specs to schemas. It starts an embedded cluster
// at most once, when a SQL source needs a scratch server and none is
// configured, and shares it between loads; Close stops it. A Loader may be
// used from several goroutines.
//
// With its first scratch database on a server, a Loader drops the ones
// that retort processes of this machine left there when they died
// (devdb.Sweep). Close names, in a warning, every scratch database it made
// that could not be dropped.
type Loader struct {
	opts Options

	mu      sync.Mutex
	cluster *embedpg.Cluster
	swept   map[string]bool // servers already rid of stale scratch databases
	scratch []scratchDB     // every scratch database made, for Close

	// onScratch, when set (by tests), is told each scratch database made.
	onScratch func(db *devdb.DB, serverURL string)
}

// NewLoader returns a Loader with the given options.
func NewLoader(opts Options) *Loader {
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	return &Loader{opts: opts}
}

// Load resolves one spec (see the package documentation) to a schema.
func (l *Loader) Load(ctx context.Context, spec string) (*model.Schema, error) {
	if IsURL(spec) {
		return l.loadURL(ctx, spec)
	}
	if err := otherScheme(spec); err != nil {
		return nil, err
	}
	kind, files, err := specFiles(spec)
	if err != nil {
		return nil, err
	}
	if kind == kindYAML {
		return l.loadYAML(ctx, spec)
	}
	return l.loadSQL(ctx, files)
}

// LoadAll loads every spec in order. When Options.LiveURL is empty, the
// first URL among specs becomes the fallback scratch server for the others.
func (l *Loader) LoadAll(ctx context.Context, specs ...string) ([]*model.Schema, error) {
	if l.opts.LiveURL == "" {
		for _, s := range specs {
			if IsURL(s) {
				l.opts.LiveURL = s
				break
			}
		}
	}
	for _, s := range specs {
		if err := CheckSpec(s); err != nil {
			return nil, err
		}
	}
	out := make([]*model.Schema, len(specs))
	for i, s := range specs {
		schema, err := l.Load(ctx, s)
		if err != nil {
			return nil, err
		}
		out[i] = schema
	}
	return out, nil
}

type scratchDB struct {
	db       *devdb.DB
	embedded bool // on the embedded cluster, which Close removes whole
}

// Close drops the scratch databases not dropped yet, warns about each that
// may remain (naming it and how to drop it), and stops the embedded cluster
// if one was started.
func (l *Loader) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.scratch {
		err := s.db.Remains()
		if errors.Is(err, devdb.ErrNotDropped) {
			err = s.db.Drop(context.Background())
		}
		if err != nil && !s.embedded {
			fmt.Fprintln(l.opts.Stderr, "retort: warning:", oneLine(err.Error()))
		}
	}
	l.scratch = nil
	if l.cluster == nil {
		return nil
	}
	err := l.cluster.Stop()
	l.cluster = nil
	return err
}

func (l *Loader) loadURL(ctx context.Context, url string) (*model.Schema, error) {
	conn, err := devdb.Connect(ctx, url, hintLive)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	schema, err := introspect.Schema(ctx, conn, l.opts.Introspect)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", devdb.Mask(url), err)
	}
	return schema, nil
}

// loadSQL applies files to a fresh scratch database, introspects it and
// drops it, whatever happens.
func (l *Loader) loadSQL(ctx context.Context, files []string) (*model.Schema, error) {
	db, err := l.Scratch(ctx)
	if err != nil {
		return nil, err
	}
	defer db.Drop(ctx) // a failure is reported by Close
	// Each file runs in its own session, as psql -f would run it, so a
	// SET in one file does not leak into the next.
	for _, f := range files {
		if err := l.applyFile(ctx, db.URL(), f); err != nil {
			return nil, err
		}
	}
	conn, err := devdb.Connect(ctx, db.URL(), devdb.HintDevServer)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if err := l.warnOutOfScope(ctx, conn); err != nil {
		return nil, err
	}
	schema, err := introspect.Schema(ctx, conn, l.opts.Introspect)
	if err != nil {
		return nil, fmt.Errorf("read scratch database %s: %w", db.Name(), err)
	}
	// The catalog has no place for retort's annotations (renames): they
	// are read from the files' comments.
	for _, f := range files {
		sql, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		if err := Annotate(schema, f, string(sql)); err != nil {
			return nil, err
		}
	}
	return schema, nil
}

// warnOutOfScope warns about each schema of a model applied on conn that
// the scope (Options.Introspect) leaves out: what the model puts there is
// not compared, which is never what its author meant silently.
func (l *Loader) warnOutOfScope(ctx context.Context, conn *pgx.Conn) error {
	out, err := introspect.OutOfScope(ctx, conn, l.opts.Introspect)
	if err != nil {
		return err
	}
	for _, s := range out {
		what := "the schema itself"
		if s.Objects > 0 {
			what = fmt.Sprintf("%d object(s): %s", s.Objects, strings.Join(s.Sample, ", "))
			if s.Objects > len(s.Sample) {
				what += ", ..."
			}
		}
		fmt.Fprintf(l.opts.Stderr, "retort: warning: the model's schema %s (%s) is out of scope and is not compared; add it to schemas: in retort.yaml (or --schema), or remove it from the model\n", s.Name, what)
	}
	return nil
}

// Scratch creates an empty scratch database on the scratch server (see
// Options.DevURL), starting the embedded cluster if it comes to that. The
// caller must Drop it, also on error; Close warns about it if that fails.
func (l *Loader) Scratch(ctx context.Context) (*devdb.DB, error) {
	server, err := l.scratchServer(ctx)
	if err != nil {
		return nil, err
	}
	db, err := devdb.Create(ctx, server)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	embedded := l.cluster != nil && server == l.cluster.URL()
	l.scratch = append(l.scratch, scratchDB{db: db, embedded: embedded})
	l.mu.Unlock()
	if !embedded { // a new cluster has no leftovers
		l.sweep(ctx, server)
	}
	if l.onScratch != nil {
		l.onScratch(db, server)
	}
	return db, nil
}

// sweep drops, once per server, the scratch databases that dead retort
// processes of this machine left there. It warns only about the ones it
// cannot drop: a server that does not answer is reported by the scratch
// database's creation, and a failure to list leftovers costs only space.
func (l *Loader) sweep(ctx context.Context, server string) {
	l.mu.Lock()
	done := l.swept[server]
	if l.swept == nil {
		l.swept = map[string]bool{}
	}
	l.swept[server] = true
	l.mu.Unlock()
	if done {
		return
	}
	stale, _ := devdb.Sweep(ctx, server)
	for _, s := range stale {
		if s.Err != nil {
			fmt.Fprintln(l.opts.Stderr, "retort: warning:", oneLine(s.Err.Error()))
		}
	}
}

func (l *Loader) applyFile(ctx context.Context, url, path string) error {
	conn, err := devdb.Connect(ctx, url, devdb.HintDevServer)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	return ApplyFile(ctx, conn, path)
}

// scratchServer returns the URL of the server for scratch databases (see
// Options.DevURL), starting the embedded cluster if it comes to that.
func (l *Loader) scratchServer(ctx context.Context) (string, error) {
	if l.opts.DevURL != "" {
		return l.opts.DevURL, nil
	}
	if u := os.Getenv("RETORT_DEV_URL"); u != "" {
		return u, nil
	}
	if l.opts.LiveURL != "" {
		return l.opts.LiveURL, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cluster == nil {
		bin, err := embedpg.BinDir()
		if err == nil {
			fmt.Fprintf(l.opts.Stderr, "retort: no --dev-url, RETORT_DEV_URL or live database given; starting a temporary PostgreSQL from %s\n", bin)
			l.cluster, err = embedpg.Start(ctx)
		}
		if err != nil {
			return "", fmt.Errorf("%w: set --dev-url or RETORT_DEV_URL to a server where retort may create databases (embedded PostgreSQL: %s)",
				ErrNoScratchServer, oneLine(err.Error()))
		}
	}
	return l.cluster.URL(), nil
}
