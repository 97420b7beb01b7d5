package cli

import (
	"bytes"
	"encoding/json"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/config"
	"github.com/retortdb/retort/internal/pgtest"
)

// TestCheckDriftUndoes checks that check reports drift as the SQL that
// brings the database back to what its revisions produce, with that SQL's
// hazards, and that running the SQL it prints makes check clean.
func TestCheckDriftUndoes(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TABLE customer (id int PRIMARY KEY, name text, email text);\n" +
		"CREATE INDEX customer_name_idx ON customer (name);\n")
	p.run(0, "revision", "--autogenerate", "-m", "customer")
	p.run(0, "upgrade", "head")
	p.run(0, "check")

	// Changes made by hand, each of another shape.
	pgtest.Exec(t, p.url, "ALTER TABLE customer ADD COLUMN extra integer")
	pgtest.Exec(t, p.url, "DROP INDEX customer_name_idx")
	pgtest.Exec(t, p.url, "ALTER TABLE customer ALTER COLUMN email SET NOT NULL")
	pgtest.Exec(t, p.url, "CREATE TABLE scratch_notes (note text)")

	out, _ := p.run(ExitDifferent, "check", "--format", "json")
	var rep checkReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("check --format json: %v\n%s", err, out)
	}
	// A change is one drift operation: its type, its SQL and the kinds of
	// its hazards.
	type change struct {
		Op, SQL, Hazards string
	}
	var got []change
	var script strings.Builder
	for _, c := range rep.Drift {
		var kinds []string
		for _, h := range c.Hazards {
			kind, _, _ := strings.Cut(h, ": ")
			kinds = append(kinds, kind)
		}
		got = append(got, change{c.Op, strings.Join(c.SQL, "; "), strings.Join(kinds, ",")})
		for _, s := range c.SQL {
			script.WriteString(s + ";\n")
		}
	}
	slices.SortFunc(got, func(a, b change) int { return strings.Compare(a.Op, b.Op) })
	want := []change{
		{"CreateIndex", "CREATE INDEX customer_name_idx ON public.customer (name)", "long-lock"},
		{"DropColumn", "ALTER TABLE public.customer DROP COLUMN extra", "data-loss"},
		{"DropTable", "DROP TABLE public.scratch_notes", "data-loss"},
		{"SetColumnNotNull", "ALTER TABLE public.customer ALTER COLUMN email DROP NOT NULL", ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("drift (-want +got)\n%s\nreport: %s", d, out)
	}
	if len(rep.DriftErrors) != 0 || len(rep.ModelChanges) != 0 || len(rep.Pending) != 0 {
		t.Errorf("only drift expected: %+v", rep)
	}

	text, _ := p.run(ExitDifferent, "check")
	for _, line := range []string{
		"FAIL no drift: 4\n",
		"       hazard data-loss: drops column public.customer.extra and its values\n" +
			"       would fix: ALTER TABLE public.customer DROP COLUMN extra;\n",
		"       hazard long-lock: builds index customer_name_idx on public.customer without CONCURRENTLY",
		"       would fix: CREATE INDEX customer_name_idx ON public.customer (name);\n",
	} {
		if !strings.Contains(text, line) {
			t.Errorf("check text output lacks %q:\n%s", line, text)
		}
	}
	if strings.Contains(text, "ADD COLUMN extra") {
		t.Errorf("check text output proposes to add the column made by hand:\n%s", text)
	}

	// The printed SQL, run with psql, undoes the drift.
	sqlFile := writeFile(t, t.TempDir(), "fix.sql", script.String())
	if b, err := exec.Command("psql", p.url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", sqlFile).CombinedOutput(); err != nil {
		t.Fatalf("psql -f the would-fix SQL: %v\n%s\n%s", err, b, script.String())
	}
	if out, _ := p.run(0, "check"); !strings.Contains(out, "ok   no drift\n") {
		t.Errorf("check after running the fix:\n%s", out)
	}
}

// TestStampNamesTarget checks that a command that changes the database
// (stamp here; upgrade and downgrade go through the same connect) names it
// on stderr, without the password, and says where it came from when the
// config has no url; a command that only reads it does not.
func TestStampNamesTarget(t *testing.T) {
	// Every libpq variable that chooses a database is cleared: the test
	// sets the ones it needs.
	for _, v := range libpqTargetVars {
		t.Setenv(v, "")
	}
	db := pgtest.NewDatabase(t)
	u, err := url.Parse(db)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(u.Path, "/")
	target := u.User.Username() + "@" + u.Host + "/" + name
	withPassword := *u
	withPassword.User = url.UserPassword(u.User.Username(), "s3cret") // trust auth: ignored

	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "versions"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := writeFile(t, dir, "retort.yaml", "url: \"${TARGET_URL:-}\"\nmodel: model.sql\nversions: versions\n")
	writeFile(t, dir, "model.sql", "")
	retort := func(want int, args ...string) string {
		t.Helper()
		code, out, errs := run(t, append([]string{"-c", cfg}, args...)...)
		if code != want {
			t.Fatalf("retort %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out, errs)
		}
		return errs
	}
	retort(0, "revision", "-m", "empty", "--rev-id", "0000000000a1")

	t.Setenv("TARGET_URL", withPassword.String())
	errs := retort(0, "stamp", "head")
	if want := "retort: target " + target + "\n"; errs != want {
		t.Errorf("stamp with a url: stderr %q, want %q", errs, want)
	}
	if strings.Contains(errs, "s3cret") {
		t.Errorf("stderr shows the password: %q", errs)
	}
	if errs := retort(0, "current"); errs != "" {
		t.Errorf("current, which only reads, names the database: %q", errs)
	}
	// Of several hosts, the one reached is named (by its address: the
	// test server's must be one to compare).
	if net.ParseIP(u.Hostname()) != nil {
		severalHosts := withPassword
		severalHosts.Host = "127.0.0.1:1," + u.Host
		t.Setenv("TARGET_URL", severalHosts.String())
		if errs := retort(0, "stamp", "base"); errs != "retort: target "+target+"\n" {
			t.Errorf("stamp with several hosts: stderr %q, want the target %s", errs, target)
		}
	}

	t.Setenv("TARGET_URL", "")
	t.Setenv("PGHOST", u.Hostname())
	t.Setenv("PGPORT", u.Port())
	t.Setenv("PGDATABASE", name)
	t.Setenv("PGUSER", u.User.Username())
	errs = retort(0, "stamp", "base")
	if want := "retort: target " + target + " (no url in retort.yaml: from PGHOST, PGPORT, PGDATABASE, PGUSER)\n"; errs != want {
		t.Errorf("stamp from PG* variables: stderr %q, want %q", errs, want)
	}

	// With neither url nor PG* variables, libpq's defaults decide: said on
	// the target line (checked on the test database's connection, so that
	// the test changes no database the defaults may reach), and in the
	// error when they reach no database (current only reads).
	for _, v := range libpqTargetVars {
		t.Setenv(v, "")
	}
	if code, _, errs := run(t, "-c", cfg, "current"); code != 0 &&
		(strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "retort.yaml has no url and no PG* variable is set, so libpq's defaults were used: set url")) {
		t.Errorf("current with libpq defaults: exit %d, stderr %q", code, errs)
	}
	var stderr bytes.Buffer
	p := &project{cfg: &config.Config{Path: cfg}, stderr: &stderr}
	p.announceTarget(pgtest.Connect(t, db))
	if want := "retort: target " + target + " (no url in retort.yaml and no PG* variable set: libpq defaults)\n"; stderr.String() != want {
		t.Errorf("target line with libpq defaults: %q, want %q", stderr.String(), want)
	}
}
