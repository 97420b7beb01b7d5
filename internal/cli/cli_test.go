package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// run runs the CLI in-process and returns its exit code and streams.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// scratchDatabases lists the databases owned by role, to check that a
// command leaves no scratch database behind (other test processes may be
// making their own at the same time, under other roles).
func scratchDatabases(t *testing.T, role string) []string {
	t.Helper()
	conn := pgtest.Connect(t, pgtest.ServerURL(t))
	rows, err := conn.Query(context.Background(),
		"SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1) ORDER BY 1", role)
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// withRole returns the test server's URL with another user name, after
// making sure the role exists with the given attributes.
func withRole(t *testing.T, role, attrs string) string {
	t.Helper()
	server := pgtest.ServerURL(t)
	admin := pgtest.Connect(t, server)
	sql := "DO $$ BEGIN CREATE ROLE " + role + " " + attrs + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
	if _, err := admin.Exec(context.Background(), sql); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(role)
	return u.String()
}

func TestDiffSQLFiles(t *testing.T) {
	dir := t.TempDir()
	dev := pgtest.ServerURL(t)
	a := writeFile(t, dir, "a.sql", "CREATE TABLE t (id int PRIMARY KEY);\n")
	b := writeFile(t, dir, "b.sql", "CREATE TABLE t (id bigint PRIMARY KEY, note text);\n")

	code, out, errs := run(t, "diff", "--from", a, "--to", b, "--dev-url", dev)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errs)
	}
	hazards := []string{
		"table-rewrite: rewrites table public.t to convert id from integer to bigint",
		"irreversible: the downgrade converts public.t.id back from bigint to integer, which fails on (or loses precision of) values written after the upgrade that do not fit",
		"long-lock: rebuilds t_pkey of public.t while holding an ACCESS EXCLUSIVE lock",
	}
	for _, h := range hazards {
		if !strings.Contains(errs, "retort: hazard "+h+"\n") {
			t.Errorf("stderr lacks hazard %q:\n%s", h, errs)
		}
	}
	want := "-- hazard " + strings.Join(hazards, "\n-- hazard ") + "\n" +
		"ALTER TABLE public.t ALTER COLUMN id TYPE bigint;\n" +
		"ALTER TABLE public.t ADD COLUMN note text;\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}

	code, out, _ = run(t, "diff", "--from", a, "--to", b, "--dev-url", dev, "--exit-code")
	if code != ExitDifferent || out != want {
		t.Errorf("--exit-code on different schemas: exit %d, stdout %q", code, out)
	}
	code, out, _ = run(t, "diff", "--from", a, "--to", a, "--dev-url", dev, "--exit-code")
	if code != ExitOK || out != "-- no changes\n" {
		t.Errorf("--exit-code on equal schemas: exit %d, stdout %q", code, out)
	}
}

// TestDiffJSONAndHazards checks diff --format json and --deny-hazards /
// --allow-hazards.
func TestDiffJSONAndHazards(t *testing.T) {
	dir := t.TempDir()
	dev := pgtest.ServerURL(t)
	a := writeFile(t, dir, "a.sql", "CREATE TABLE t (id int PRIMARY KEY, old text);\n")
	// note has another type than old: a column of the same type would also
	// make a warning that it may be a rename.
	b := writeFile(t, dir, "b.sql", "CREATE TABLE t (id bigint PRIMARY KEY, note varchar(20));\n")

	code, out, errs := run(t, "diff", "--from", a, "--to", b, "--dev-url", dev, "--format", "json")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errs)
	}
	var rep diffReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--format json: %v\n%s", err, out)
	}
	want := diffReport{
		Operations: []checkChange{
			{Op: "DropColumn", SQL: []string{"ALTER TABLE public.t DROP COLUMN old"},
				Hazards: []string{"data-loss: drops column public.t.old and its values"}},
			{Op: "AlterColumnType", SQL: []string{"ALTER TABLE public.t ALTER COLUMN id TYPE bigint"},
				Hazards: []string{
					"table-rewrite: rewrites table public.t to convert id from integer to bigint",
					"irreversible: the downgrade converts public.t.id back from bigint to integer, which fails on (or loses precision of) values written after the upgrade that do not fit",
					"long-lock: rebuilds t_pkey of public.t while holding an ACCESS EXCLUSIVE lock",
				}},
			{Op: "AddColumn", SQL: []string{"ALTER TABLE public.t ADD COLUMN note character varying(20)"}, Hazards: []string{}},
		},
		Warnings: []string{}, Denied: []string{},
	}
	if d := cmp.Diff(want, rep); d != "" {
		t.Errorf("--format json (-want +got)\n%s", d)
	}

	code, out, errs = run(t, "diff", "--from", a, "--to", b, "--dev-url", dev, "--deny-hazards", "--allow-hazards", "table-rewrite,irreversible,long-lock")
	if code != ExitHazards || !strings.HasPrefix(out, "-- hazard data-loss") ||
		!strings.HasSuffix(errs, "\nretort: 1 hazard(s) not allowed (--allow-hazards names the kinds to let through): data-loss: drops column public.t.old and its values\n") {
		t.Errorf("--deny-hazards: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, _, errs = run(t, "diff", "--from", a, "--to", b, "--dev-url", dev, "--deny-hazards", "--allow-hazards", "data-loss,table-rewrite,irreversible,long-lock")
	if code != ExitOK {
		t.Errorf("--deny-hazards with every kind allowed: exit %d, stderr %q", code, errs)
	}
	for _, bad := range [][]string{{"--format", "yaml"}, {"--allow-hazards", "data_loss"}} {
		code, out, errs = run(t, append([]string{"diff", "--from", a, "--to", b, "--dev-url", dev}, bad...)...)
		if code != ExitError || out != "" || !strings.HasPrefix(errs, "retort: "+bad[0]+" "+bad[1]+": ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", bad, code, out, errs)
		}
	}
}

func TestDiffURLAgainstSQL(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, "CREATE TABLE t (id int PRIMARY KEY)")
	dir := t.TempDir()
	same := writeFile(t, dir, "same.sql", "CREATE TABLE t (id integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));\n")
	// No --dev-url: the scratch database goes on the URL side's server.
	t.Setenv("RETORT_DEV_URL", "")
	code, out, errs := run(t, "diff", "--from", db, "--to", same, "--exit-code")
	if code != ExitOK || out != "-- no changes\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestDiffEmbeddedCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a cluster")
	}
	t.Setenv("RETORT_DEV_URL", "")
	dir := t.TempDir()
	a := writeFile(t, dir, "a.sql", "CREATE TYPE mood AS ENUM ('sad', 'ok');\n")
	b := writeFile(t, dir, "b.sql", "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n")
	code, out, errs := run(t, "diff", "--from", a, "--to", b)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errs)
	}
	if want := "-- hazard irreversible: the downgrade removes label happy from public.mood again, which fails while rows hold it\n" +
		"ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'ok';\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
}

// TestDiffBadInput checks that each kind of bad input gives one line on
// stderr that names the problem, exit code 1, nothing on stdout, and no
// scratch database left behind.
func TestDiffBadInput(t *testing.T) {
	dir := t.TempDir()
	dev := withRole(t, "retort_cli_test", "LOGIN CREATEDB")
	noCreate := withRole(t, "retort_nocreatedb", "LOGIN NOCREATEDB")
	good := writeFile(t, dir, "good.sql", "CREATE TABLE t (id int);\n")
	bad := writeFile(t, dir, "bad.sql", "CREATE TABLE t (id int);\n\nCREATE TABLE u (\n  id int,\n  oops intt\n);\n")
	syntax := writeFile(t, dir, "syntax.sql", "CREATE TABLE t (id int);\nCREAT TABLE u ();\n")
	collC := writeFile(t, dir, "coll_c.sql", "CREATE COLLATION c (locale = 'C');\nCREATE TABLE t (a text COLLATE c);\n")
	collPosix := writeFile(t, dir, "coll_posix.sql", "CREATE COLLATION c (lc_collate = 'C', lc_ctype = 'POSIX');\nCREATE TABLE t (a text COLLATE c);\n")
	u, err := url.Parse(dev)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/retort_no_such_db"
	noDB := u.String()

	before := scratchDatabases(t, "retort_cli_test")
	tests := []struct {
		name string
		args []string
		want string // regexp the stderr line must match
	}{
		{"missing path", []string{"--from", filepath.Join(dir, "nope.sql"), "--to", good, "--dev-url", dev},
			`^retort: --from: source .*nope\.sql: no such file or directory`},
		{"server error with line", []string{"--from", good, "--to", bad, "--dev-url", dev},
			`^retort: --to: .*bad\.sql:5: type "intt" does not exist \(SQLSTATE 42704\)`},
		{"syntax error with line", []string{"--from", syntax, "--to", good, "--dev-url", dev},
			`^retort: --from: .*syntax\.sql:2: .*syntax error`},
		{"unreachable server", []string{"--from", "postgres://postgres@127.0.0.1:1/app", "--to", good, "--dev-url", dev},
			`^retort: --from: connect to 127\.0\.0\.1:1 .*connection refused; is PostgreSQL running\?`},
		{"bad url", []string{"--from", "postgres://postgres@127.0.0.1:notaport/app", "--to", good, "--dev-url", dev},
			`^retort: --from: invalid database URL .*invalid port; write it as postgres://`},
		{"scratch database cannot be created", []string{"--from", good, "--to", good, "--dev-url", noCreate},
			`^retort: --from: .*retort_nocreatedb.*CREATEDB`},
		{"password never printed", []string{"--from", "postgres://postgres:s3cret@127.0.0.1:1/app", "--to", good, "--dev-url", dev},
			`^retort: --from: connect to 127\.0\.0\.1:1 \(database "app", user "postgres"\)`},
		{"database does not exist", []string{"--from", noDB, "--to", good, "--dev-url", dev},
			`database "retort_no_such_db" does not exist; check the database name`},
		{"missing flag", []string{"--to", good}, `^retort: required flag\(s\) "from" not set`},
		{"change refused", []string{"--from", collC, "--to", collPosix, "--dev-url", dev},
			`^retort: the change cannot be planned: collation public\.c changes .* while column public\.t\.a use it; move them`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, append([]string{"diff"}, tt.args...)...)
			if code != ExitError {
				t.Errorf("exit %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if strings.Count(errs, "\n") != 1 {
				t.Errorf("stderr is not one line: %q", errs)
			}
			if !regexp.MustCompile(tt.want).MatchString(errs) {
				t.Errorf("stderr %q does not match %s", errs, tt.want)
			}
			if strings.Contains(errs, "s3cret") {
				t.Errorf("stderr shows the password: %q", errs)
			}
		})
	}
	if after := scratchDatabases(t, "retort_cli_test"); strings.Join(after, ",") != strings.Join(before, ",") {
		t.Errorf("scratch databases left behind: before %v, after %v", before, after)
	}
}
