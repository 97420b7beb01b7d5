package pgtest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/devdb/owner"
)

func TestMain(m *testing.M) { Main(m) }

func TestNewDatabase(t *testing.T) {
	t.Logf("server %s", ServerURL(t))
	a, b := NewDatabase(t), NewDatabase(t)
	if a == b {
		t.Fatalf("two databases share the URL %s", a)
	}
	Exec(t, a, "CREATE TABLE t (id int); INSERT INTO t VALUES (1)")
	var n int
	if err := Connect(t, a).QueryRow(context.Background(), "SELECT count(*) FROM t").Scan(&n); err != nil || n != 1 {
		t.Fatalf("count = %d, %v", n, err)
	}
	// The database is in RETORT_TEST_TABLESPACE when one is set for the
	// named server, else in the server's default.
	want := "pg_default"
	if server.tablespace != "" {
		want = server.tablespace
	}
	var got string
	if err := Connect(t, a).QueryRow(context.Background(),
		"SELECT spcname FROM pg_database d JOIN pg_tablespace s ON s.oid = d.dattablespace WHERE datname = current_database()").Scan(&got); err != nil || got != want {
		t.Errorf("tablespace = %q, %v; want %q", got, err, want)
	}
}

const closedURL = "postgres://postgres@127.0.0.1:1/postgres"

// TestEmbeddedFallback runs TestNewDatabase in a child test binary whose
// configured server does not answer: it must use an embedded cluster.
func TestEmbeddedFallback(t *testing.T) {
	if os.Getenv("RETORT_TEST_DATABASE_URL") == closedURL {
		t.Skip("child")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNewDatabase$", "-test.v")
	cmd.Env = append(os.Environ(), "RETORT_TEST_DATABASE_URL="+closedURL)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "retort-pg-") || !strings.Contains(string(out), "--- PASS: TestNewDatabase") {
		t.Errorf("child did not pass on an embedded cluster:\n%s", out)
	}
}

// TestNoServer: with no server and no binaries, tests are skipped, or fail
// when CI=true.
func TestNoServer(t *testing.T) {
	if os.Getenv("RETORT_TEST_DATABASE_URL") == closedURL {
		t.Skip("child")
	}
	for _, ci := range []string{"", "true"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestNewDatabase$", "-test.v")
		cmd.Env = append(os.Environ(), "RETORT_TEST_DATABASE_URL="+closedURL, "RETORT_PG_BINDIR="+t.TempDir(), "CI="+ci)
		out, err := cmd.CombinedOutput()
		want := "--- SKIP: TestNewDatabase"
		if ci == "true" {
			want = "--- FAIL: TestNewDatabase"
			if err == nil {
				t.Errorf("CI=true: child passed")
			}
		}
		if !strings.Contains(string(out), want) || !strings.Contains(string(out), "start PostgreSQL") {
			t.Errorf("CI=%q: want %q and advice in:\n%s", ci, want, out)
		}
	}
}

func TestParseMajors(t *testing.T) {
	for _, tt := range []struct {
		spec    string
		want    Majors
		has, no int
	}{
		{"15", Majors{15, 15}, 15, 16},
		{"17+", Majors{17, 1 << 30}, 18, 16},
		{" 13-14 ", Majors{13, 14}, 14, 15},
	} {
		got, err := ParseMajors(tt.spec)
		if err != nil || got != tt.want {
			t.Errorf("ParseMajors(%q) = %v, %v; want %v", tt.spec, got, err, tt.want)
		}
		if !got.Has(tt.has) || got.Has(tt.no) {
			t.Errorf("%q: Has(%d) %v, Has(%d) %v", tt.spec, tt.has, got.Has(tt.has), tt.no, got.Has(tt.no))
		}
	}
	for _, bad := range []string{"", "x", "17-13", "+", "0", "15-"} {
		if _, err := ParseMajors(bad); err == nil {
			t.Errorf("ParseMajors(%q): no error", bad)
		}
	}
}

// TestDropLeftovers: a test database whose process of this machine is
// gone is dropped when the next test binary chooses its server; one of a
// live process, or of another machine, is kept.
func TestDropLeftovers(t *testing.T) {
	ctx := context.Background()
	conn := Connect(t, ServerURL(t))
	machine := owner.Machine()
	if machine == "" {
		t.Skip("this machine cannot be told apart (package owner): nothing is dropped")
	}
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	dead := fmt.Sprintf("%s%d_%s_1_leftover", dbPrefix, cmd.Process.Pid, machine)
	alive := fmt.Sprintf("%s%d_%s_1_leftover", dbPrefix, os.Getpid(), machine)
	elsewhere := fmt.Sprintf("%s%d_000000000000_1_leftover", dbPrefix, cmd.Process.Pid)
	for _, name := range []string{dead, alive, elsewhere} {
		if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()) })
	}
	dropLeftovers(ctx, conn)
	rows, _ := conn.Query(ctx, "SELECT datname FROM pg_database WHERE datname IN ($1, $2, $3) ORDER BY 1", dead, alive, elsewhere)
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	want := []string{alive, elsewhere}
	slices.Sort(want) // as ORDER BY datname (C collation of names)
	if !slices.Equal(got, want) {
		t.Errorf("databases left: %v, want %v (a live process's, another machine's)", got, want)
	}
}

// TestClientTool: the pg_dump found is of the test server's major or a
// newer one.
func TestClientTool(t *testing.T) {
	p := ClientTool(t, "pg_dump")
	if got, server := toolMajor(p), Major(t); got < server {
		t.Errorf("%s is PostgreSQL %d's; the server is %d", p, got, server)
	}
	if p := Program(t, "psql", "the test checks Program"); toolMajor(p) == 0 {
		t.Errorf("%s does not run", p)
	}
}
