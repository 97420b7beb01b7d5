package interop_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	gomigrate "github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/postgres" // the postgres:// driver
	_ "github.com/golang-migrate/migrate/v4/source/file"       // the file:// source
	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx" for goose
	"github.com/pressly/goose/v3"

	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/migrate"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// repoRoot is the repository's root directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// exampleGraph is the worked example's history (versions_example).
func exampleGraph(t *testing.T) *migrate.Graph {
	t.Helper()
	g, err := migrate.LoadGraph(os.DirFS(filepath.Join(repoRoot(t), "versions_example")), "versions")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// awkwardGraph is a history with what each format must take care of: a
// function body with semicolons, colons that SQLAlchemy's text() would
// read as parameters, a revision outside a transaction with several
// statements each way, and an empty downgrade.
func awkwardGraph(t *testing.T) *migrate.Graph {
	t.Helper()
	at := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	revs := []*migrate.Revision{
		{ID: "a1", Message: "table and function", Created: at,
			Upgrade: "CREATE TABLE t (id int PRIMARY KEY, note text DEFAULT ':x and a:b');\n" +
				"CREATE FUNCTION f(n int) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  n := n + 1;\n  RETURN n::int;\nEND;\n$$;\n" +
				"COMMENT ON TABLE t IS 'it''s \"quoted\" \\ with :colon';",
			Downgrade: "DROP FUNCTION f(int);\nDROP TABLE t;"},
		{ID: "a2", Parents: []string{"a1"}, Message: "indexes concurrently", Created: at, NoTransaction: true,
			Upgrade:   "CREATE INDEX CONCURRENTLY t_note ON t (note);\nCREATE INDEX CONCURRENTLY t_id_note ON t (id, note);",
			Downgrade: "DROP INDEX CONCURRENTLY t_id_note;\nDROP INDEX CONCURRENTLY t_note;"},
		{ID: "a3", Parents: []string{"a2"}, Message: "data", Created: at.Add(-time.Hour),
			Upgrade: "INSERT INTO t VALUES (1, 'one');", Downgrade: ""},
	}
	g, err := migrate.NewGraph(revs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// fingerprint is the shared catalog fingerprint of the database at url,
// less the lines about the runner's own bookkeeping table.
func fingerprint(t *testing.T, url, runnerTable string) []string {
	t.Helper()
	psql := pgtest.Program(t, "psql", "the catalog fingerprint runs in psql")
	script := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	var out, errs bytes.Buffer
	cmd := exec.Command(psql, url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script)
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		t.Fatalf("catalog fingerprint: %v: %s", err, errs.String())
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if runnerTable == "" || !strings.Contains(l, runnerTable) {
			lines = append(lines, l)
		}
	}
	return lines
}

// byRetort upgrades a new database to head with retort's runner and
// returns its fingerprint: what every exported directory must reach.
func byRetort(t *testing.T, g *migrate.Graph) []string {
	t.Helper()
	url := pgtest.NewDatabase(t)
	conn := pgtest.Connect(t, url)
	if _, err := migrate.NewRunner(conn, g, migrate.Options{}).Upgrade(context.Background(), "head"); err != nil {
		t.Fatalf("retort upgrade head: %v", err)
	}
	return fingerprint(t, url, "")
}

// exportTo writes g's whole line in format f to a new directory.
func exportTo(t *testing.T, g *migrate.Graph, f interop.Format) string {
	t.Helper()
	revs := g.Revisions()
	if f.Linear() {
		var err error
		if revs, err = interop.Line(g, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	files, err := interop.Files(f, revs, interop.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, file := range files {
		p := filepath.Join(dir, filepath.FromSlash(file.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, file.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func graphs(t *testing.T) map[string]*migrate.Graph {
	return map[string]*migrate.Graph{"versions_example": exampleGraph(t), "awkward": awkwardGraph(t)}
}

// runnerMove runs the Go runner f (golang-migrate's or goose's own
// library) over the directory dir on the database at url: every
// migration up, or down to none.
func runnerMove(t *testing.T, f interop.Format, dir, url string, up bool) {
	t.Helper()
	var err error
	switch f {
	case interop.GolangMigrate:
		var m *gomigrate.Migrate
		if m, err = gomigrate.New("file://"+dir, url); err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		if up {
			err = m.Up()
		} else {
			err = m.Down()
		}
	case interop.Goose:
		db, err := sql.Open("pgx", url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		p, err := goose.NewProvider(goose.DialectPostgres, db, os.DirFS(dir))
		if err != nil {
			t.Fatalf("goose: %v", err)
		}
		if up {
			_, err = p.Up(context.Background())
		} else {
			_, err = p.DownTo(context.Background(), 0)
		}
		if err != nil {
			t.Fatalf("goose (up %v): %v", up, err)
		}
		return
	default:
		t.Fatalf("no Go runner for %s", f)
	}
	if err != nil {
		t.Fatalf("%s (up %v): %v", f, up, err)
	}
}

// TestGoRunners applies each exported history with golang-migrate's and
// goose's own libraries, up to the same catalog as retort's runner
// reaches, and down to an empty database.
func TestGoRunners(t *testing.T) {
	for _, f := range []interop.Format{interop.GolangMigrate, interop.Goose} {
		for name, g := range graphs(t) {
			t.Run(string(f)+"/"+name, func(t *testing.T) {
				t.Parallel()
				want := byRetort(t, g)
				empty := fingerprint(t, pgtest.NewDatabase(t), "")
				dir := exportTo(t, g, f)
				url := pgtest.NewDatabase(t)
				runnerMove(t, f, dir, url, true)
				if d := cmp.Diff(want, fingerprint(t, url, f.VersionTable())); d != "" {
					t.Errorf("after %s up, the catalog differs from retort upgrade head (-retort +%s):\n%s", f, f, d)
				}
				runnerMove(t, f, dir, url, false)
				if d := cmp.Diff(empty, fingerprint(t, url, f.VersionTable())); d != "" {
					t.Errorf("after %s down, the database is not empty (-empty +down):\n%s", f, d)
				}
			})
		}
	}
}

// TestAlembic checks that every exported Python file parses, and, where
// Alembic is installed (Debian's python3-alembic with python3-psycopg2),
// runs upgrade head and downgrade base with it.
func TestAlembic(t *testing.T) {
	for name, g := range graphs(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := exportTo(t, g, interop.Alembic)
			pys, _ := filepath.Glob(filepath.Join(dir, "versions", "*.py"))
			pys = append(pys, filepath.Join(dir, "env.py"))
			python := pgtest.Program(t, "python3", "the exported Alembic revisions are parsed by Python")
			check := "import ast, sys\nfor f in sys.argv[1:]:\n    ast.parse(open(f).read(), f)\n"
			if out, err := exec.Command(python, append([]string{"-c", check}, pys...)...).CombinedOutput(); err != nil {
				t.Fatalf("exported Python does not parse: %v\n%s", err, out)
			}
			alembic := alembicPython()
			if alembic == "" {
				t.Log("no python3 with alembic and psycopg2 (Debian: python3-alembic python3-psycopg2): the revisions were parsed, not run")
				return
			}
			want := byRetort(t, g)
			empty := fingerprint(t, pgtest.NewDatabase(t), "")
			url := pgtest.NewDatabase(t)
			run := func(args ...string) {
				t.Helper()
				cmd := exec.Command(alembic, append([]string{"-m", "alembic", "-c", filepath.Join(dir, "alembic.ini")}, args...)...)
				cmd.Env = append(os.Environ(), "DATABASE_URL="+url)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("alembic %s: %v\n%s", strings.Join(args, " "), err, out)
				}
			}
			run("upgrade", "head")
			if d := cmp.Diff(want, fingerprint(t, url, "alembic_version")); d != "" {
				t.Errorf("after alembic upgrade head, the catalog differs from retort upgrade head (-retort +alembic):\n%s", d)
			}
			run("downgrade", "base")
			if d := cmp.Diff(empty, fingerprint(t, url, "alembic_version")); d != "" {
				t.Errorf("after alembic downgrade base, the database is not empty (-empty +down):\n%s", d)
			}
		})
	}
}

// alembicPython is a Python that has alembic and psycopg2 (the one on
// PATH, else Debian's), or "".
func alembicPython() string {
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import alembic, psycopg2").Run() == nil {
			return p
		}
	}
	return ""
}
