package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
)

// What a new user meets in the first hour (issue 15): help that says what
// a flag does, errors that name what to type, and mistakes reported before
// anything slow starts.

// TestDenyHazardsHelp checks that each command's help says what
// --deny-hazards does there: diff prints the plan and exits 3, revision
// writes no revision.
func TestDenyHazardsHelp(t *testing.T) {
	for _, c := range []struct{ cmd, want, not string }{
		{"diff", "exit 3 after printing the plan", "writing"},
		{"revision", "exit 3 (writing no revision)", "printing"},
	} {
		code, out, errs := run(t, c.cmd, "--help")
		if code != 0 {
			t.Fatalf("%s --help: exit %d: %s", c.cmd, code, errs)
		}
		var line string
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "--deny-hazards ") {
				line = l
			}
		}
		if !strings.Contains(line, c.want) || strings.Contains(line, c.not) {
			t.Errorf("%s --help says of --deny-hazards: %q; want it to say %q", c.cmd, strings.TrimSpace(line), c.want)
		}
	}
}

// TestDowngradeNeedsTarget checks that downgrade without a target says
// which targets there are.
func TestDowngradeNeedsTarget(t *testing.T) {
	code, _, errs := run(t, "downgrade")
	if code != ExitError || !strings.Contains(errs, "-1 to revert the last revision") || !strings.Contains(errs, "base to revert them all") {
		t.Errorf("downgrade with no target: exit %d, stderr %q; want exit 1 naming -1 and base", code, errs)
	}
	if n := strings.Count(strings.TrimSpace(errs), "\n"); n != 0 {
		t.Errorf("downgrade with no target: want a one-line error, got %d lines:\n%s", n+1, errs)
	}
}

// unreachable is a server URL where nothing listens: a command that tried
// to start or reach a scratch server there would fail on the connection,
// not on the mistake the test makes.
const unreachable = "postgres://postgres@127.0.0.1:1/postgres?connect_timeout=5"

// TestMistakesBeforeServers checks that a missing file, a misspelt URL
// scheme and a missing model are reported before any server is reached:
// the scratch server is one nothing answers on, so reaching it first
// would report the connection instead.
func TestMistakesBeforeServers(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.sql", "CREATE TABLE t (id int);\n")
	missing := filepath.Join(dir, "missing.sql")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"missing --to", []string{"diff", "--from", a, "--to", missing, "--dev-url", unreachable},
			"--to: source " + missing + ": no such file or directory"},
		{"missing --from", []string{"diff", "--from", missing, "--to", a, "--dev-url", unreachable},
			"--from: source " + missing + ": no such file or directory"},
		{"misspelt scheme", []string{"diff", "--from", a, "--to", "postgress://u:secret@db/app", "--dev-url", unreachable},
			`--to: source postgress://u:xxxxx@db/app: scheme "postgress" is not postgres or postgresql`},
		{"inspect missing", []string{"inspect", missing, "--dev-url", unreachable},
			"source " + missing + ": no such file or directory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := run(t, c.args...)
			if code != ExitError || !strings.Contains(errs, c.want) || strings.Contains(errs, "secret") {
				t.Errorf("exit %d, stderr %q; want exit 1 with %q", code, errs, c.want)
			}
		})
	}

	// A project whose model path is wrong: check and autogenerate say so
	// before they replay revisions on (or read) any server.
	proj := t.TempDir()
	cfg := writeFile(t, proj, "retort.yaml", fmt.Sprintf("url: %q\ndev_url: %q\nmodel: schema.sql\nversions: versions\n", unreachable, unreachable))
	if err := os.MkdirAll(filepath.Join(proj, "versions"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"check"}, {"revision", "--autogenerate", "-m", "x"}} {
		code, _, errs := run(t, append([]string{"-c", cfg}, args...)...)
		want := "model: source " + filepath.Join(proj, "schema.sql") + ": no such file or directory"
		if code != ExitError || !strings.Contains(errs, want) {
			t.Errorf("%s with a missing model: exit %d, stderr %q; want exit 1 with %q", args[0], code, errs, want)
		}
	}
}

// TestModelOutOfScopeWarning checks that a model's schema that the scope
// leaves out is named, with its objects, instead of vanishing silently.
func TestModelOutOfScopeWarning(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.sql", "")
	model := writeFile(t, dir, "model.sql", "CREATE TABLE t (id int);\nCREATE SCHEMA audit;\nCREATE TABLE audit.log (id int);\nCREATE FUNCTION audit.f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE SCHEMA spare;\n")
	code, out, errs := run(t, "diff", "--from", empty, "--to", model, "--dev-url", pgtest.ServerURL(t), "--schema", "public")
	if code != 0 {
		t.Fatalf("diff: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "CREATE TABLE public.t") || strings.Contains(out, "audit") {
		t.Errorf("diff --schema public should plan public.t alone:\n%s", out)
	}
	for _, want := range []string{
		"retort: warning: the model's schema audit (2 object(s): f, log) is out of scope and is not compared",
		"retort: warning: the model's schema spare (the schema itself) is out of scope",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}

	// The same through retort.yaml's schemas: include, as check reads it.
	p := newTestProject(t, "schemas:\n  include: [public]\n")
	p.model("CREATE TABLE t (id int);\nCREATE SCHEMA audit;\nCREATE TABLE audit.log (id int);\n")
	_, errs = p.run(ExitDifferent, "check")
	if !strings.Contains(errs, "the model's schema audit (1 object(s): log) is out of scope") {
		t.Errorf("check with schemas: include: [public]: stderr lacks the warning about audit:\n%s", errs)
	}
}
