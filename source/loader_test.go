package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/devdb"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

func tableNames(s *model.Schema) []string {
	var names []string
	for _, t := range s.Tables {
		names = append(names, t.QualifiedName().String())
	}
	return names
}

// scratchLog records the scratch databases a Loader makes.
type scratchLog struct {
	mu  sync.Mutex
	dbs []string
	srv []string
}

func (s *scratchLog) hook(db *devdb.DB, server string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dbs = append(s.dbs, db.Name())
	s.srv = append(s.srv, server)
}

// assertDropped fails unless none of the logged databases exists on server.
func (s *scratchLog) assertDropped(t *testing.T, server string) {
	t.Helper()
	if len(s.dbs) == 0 {
		return
	}
	conn := pgtest.Connect(t, server)
	rows, err := conn.Query(context.Background(), "SELECT datname FROM pg_database WHERE datname = ANY($1)", s.dbs)
	if err != nil {
		t.Fatal(err)
	}
	left, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(left) > 0 {
		t.Errorf("scratch databases left behind: %v", left)
	}
}

func newLoader(t *testing.T, opts Options) (*Loader, *scratchLog, *bytes.Buffer) {
	t.Setenv("RETORT_DEV_URL", "")
	var stderr bytes.Buffer
	opts.Stderr = &stderr
	l := NewLoader(opts)
	log := &scratchLog{}
	l.onScratch = log.hook
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Error(err)
		}
	})
	return l, log, &stderr
}

func TestLoad(t *testing.T) {
	server := pgtest.ServerURL(t)
	live := pgtest.NewDatabase(t)
	pgtest.Exec(t, live, "CREATE TABLE public.live_t (id int)")
	tests := []struct {
		spec    string
		want    []string
		wantErr string
	}{
		{spec: "testdata/shop.sql", want: []string{"shop.product"}},
		{spec: "testdata/dir", want: []string{"app.orders", "app.users"}},
		{spec: live, want: []string{"public.live_t"}},
		// The server gives no position for a missing referenced table: the
		// line is that of the failing statement's start.
		{spec: "testdata/broken.sql", wantErr: `testdata/broken.sql:3: relation "nosuch" does not exist (SQLSTATE 42P01)`},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			l, log, _ := newLoader(t, Options{DevURL: server})
			schema, err := l.Load(context.Background(), tt.spec)
			log.assertDropped(t, server)
			if IsURL(tt.spec) != (len(log.dbs) == 0) {
				t.Errorf("scratch databases made: %v", log.dbs)
			}
			if tt.wantErr != "" {
				got := fmt.Sprint(err)
				if d := cmp.Diff(tt.wantErr, got); d != "" {
					t.Errorf("error (-want +got)\n%s", d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, tableNames(schema)); d != "" {
				t.Errorf("tables (-want +got)\n%s", d)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	server := pgtest.ServerURL(t)
	role := fmt.Sprintf("retort_nocreatedb_%d", os.Getpid())
	pgtest.Exec(t, server, "DROP ROLE IF EXISTS "+role+"; CREATE ROLE "+role+" LOGIN NOCREATEDB")
	t.Cleanup(func() { pgtest.Exec(t, server, "DROP ROLE IF EXISTS "+role) })
	cfg, err := devdb.ParseConfig(server)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(cfg.Host, "/") {
		t.Skip("expected messages name a TCP server")
	}
	hostPort := fmt.Sprintf("%s:%d", cfg.Host, cfg.Port)
	noCreate := fmt.Sprintf("postgres://%s@%s/postgres?sslmode=disable", role, hostPort)

	const give = "; give a postgres:// URL, a .sql or .yaml file, or a directory of them"
	tests := []struct {
		name   string
		devURL string
		spec   string
		want   string
		is     error
	}{
		{"missing file", server, "testdata/nosuch.sql",
			"source testdata/nosuch.sql: no such file or directory" + give, ErrNotFound},
		{"not sql", server, "testdata/notsql.txt",
			"source testdata/notsql.txt: not a .sql or .yaml file" + give, ErrUnsupported},
		{"empty directory", server, "testdata/empty",
			"source testdata/empty: directory holds no .sql or .yaml files" + give, ErrNoSQLFiles},
		{"bad URL", server, "postgres://bob:s3cret@localhost:notaport/db",
			`invalid database URL "postgres://bob:xxxxx@localhost:notaport/db": invalid port; write it as postgres://user:password@host:port/database`, ErrBadURL},
		{"unreachable live database", server, "postgres://bob:s3cret@127.0.0.1:1/db",
			`connect to 127.0.0.1:1 (database "db", user "bob"): connection refused; is PostgreSQL running? check the host and port in the URL`, ErrUnreachable},
		{"explicit dev URL unreachable: no fallback", "postgres://postgres:s3cret@127.0.0.1:1/postgres", "testdata/shop.sql",
			`connect to 127.0.0.1:1 (database "postgres", user "postgres"): connection refused; is PostgreSQL running? set --dev-url or RETORT_DEV_URL`, ErrUnreachable},
		{"bad dev URL", "postgres://postgres:s3cret@127.0.0.1:x/postgres", "testdata/shop.sql",
			`invalid database URL "postgres://postgres:xxxxx@127.0.0.1:x/postgres": invalid port; write it as postgres://user:password@host:port/database`, ErrBadURL},
		{"dev role without CREATEDB", noCreate, "testdata/shop.sql",
			`create scratch database on ` + hostPort + `: role "` + role + `" cannot create databases; use --dev-url with a role that has CREATEDB`, ErrCreateDB},
		{"meta-command", server, "testdata/meta.sql",
			`testdata/meta.sql:3: psql meta-command \connect is not supported in a SQL source; remove it`, ErrMetaCommand},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, log, stderr := newLoader(t, Options{DevURL: tt.devURL})
			_, err := l.Load(context.Background(), tt.spec)
			log.assertDropped(t, server)
			if d := cmp.Diff(tt.want, fmt.Sprint(err)); d != "" {
				t.Errorf("error (-want +got)\n%s", d)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false", tt.is)
			}
			if strings.Contains(fmt.Sprint(err)+stderr.String(), "s3cret") {
				t.Error("password shown")
			}
			if l.cluster != nil {
				t.Error("fell back to an embedded cluster")
			}
		})
	}
}

// TestLoadEmbedded: with no dev URL anywhere and no live database, SQL
// sources are materialized in one embedded cluster, stopped by Close.
func TestLoadEmbedded(t *testing.T) {
	l, log, stderr := newLoader(t, Options{})
	ctx := context.Background()
	for _, spec := range []string{"testdata/shop.sql", "testdata/dir"} {
		if _, err := l.Load(ctx, spec); err != nil {
			if l.cluster == nil {
				pgtest.SkipMissing(t, "PostgreSQL server binaries (initdb, postgres)", err.Error())
			}
			t.Fatal(err)
		}
	}
	if n := strings.Count(stderr.String(), "starting a temporary PostgreSQL"); n != 1 {
		t.Errorf("embedded cluster started %d times; stderr:\n%s", n, stderr)
	}
	url := l.cluster.URL()
	for _, s := range log.srv {
		if s != url {
			t.Errorf("scratch database on %s, want the embedded cluster %s", s, url)
		}
	}
	log.assertDropped(t, url)
	dataDir := l.cluster.DataDir()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dataDir); !os.IsNotExist(err) {
		t.Errorf("embedded cluster's directory %s survives Close", dataDir)
	}
}

// TestLoadAllUsesLiveServer: without a dev URL, the live URL's server holds
// the scratch database.
func TestLoadAllUsesLiveServer(t *testing.T) {
	live := pgtest.NewDatabase(t)
	l, log, _ := newLoader(t, Options{})
	got, err := l.LoadAll(context.Background(), "testdata/shop.sql", live)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{live}, log.srv); d != "" {
		t.Errorf("scratch servers (-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"shop.product"}, tableNames(got[0])); d != "" {
		t.Errorf("tables (-want +got)\n%s", d)
	}
	if l.cluster != nil {
		t.Error("started an embedded cluster")
	}
	log.assertDropped(t, pgtest.ServerURL(t))
}

// TestLoadInterrupted: cancelling the context mid-script still drops the
// scratch database. The load is cancelled once the server is seen running
// the slow statement, however long creating the scratch database takes on
// a busy machine: no clock decides. The statement carries a marker of this
// run, so that the same test running in another process on the same
// server is not taken for this one.
func TestLoadInterrupted(t *testing.T) {
	server := pgtest.ServerURL(t)
	marker := fmt.Sprintf("retort_interrupt_%d_%d", os.Getpid(), time.Now().UnixNano())
	script := filepath.Join(t.TempDir(), "slow.sql")
	if err := os.WriteFile(script, []byte("CREATE TABLE a (id int);\nSELECT pg_sleep(30) AS "+marker+";\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, log, _ := newLoader(t, Options{DevURL: server})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	watcher := pgtest.Connect(t, server)
	watched := make(chan error, 1)
	go func() { watched <- cancelWhenRunning(ctx, cancel, watcher, marker) }()
	_, err := l.Load(ctx, script)
	cancel()
	if werr := <-watched; werr != nil {
		t.Fatalf("watching pg_stat_activity for the slow statement: %v", werr)
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want a cancellation", err)
	}
	if want := script + ":2: interrupted: context canceled"; fmt.Sprint(err) != want {
		t.Errorf("got %q, want %q", err, want)
	}
	if len(log.dbs) != 1 {
		t.Fatalf("scratch databases: %v", log.dbs)
	}
	log.assertDropped(t, server)
}

// cancelWhenRunning polls pg_stat_activity on conn until another session
// sleeps in a statement holding marker, then calls cancel. It returns nil
// once ctx is done (the load ended, or it cancelled it), an error when the
// poll fails first.
func cancelWhenRunning(ctx context.Context, cancel context.CancelFunc, conn *pgx.Conn, marker string) error {
	const running = `SELECT count(*) FROM pg_stat_activity
		WHERE strpos(query, $1) > 0 AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()`
	for {
		var n int
		err := conn.QueryRow(ctx, running, marker).Scan(&n)
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			cancel()
			return err
		case n > 0:
			cancel()
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(20 * time.Millisecond):
		}
	}
}
