package acceptance

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
)

// A testCase is one directory of testdata/cases, read into memory.
type testCase struct {
	name     string
	dir      string
	from, to string
	// up and hazards are the goldens; nil when the file does not exist.
	up      *string
	hazards *string
}

// modelOptions compare two introspected schemas. Column order is left out:
// PostgreSQL cannot reorder columns, so a column dropped and re-added lands
// at the end, and retort does not manage order (the fingerprint ignores it
// too).
var modelOptions = cmp.Options{
	cmpopts.SortSlices(func(x, y model.Column) bool { return x.Name < y.Name }),
}

// repoRoot returns the module root: the nearest parent holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// loadCase reads a case directory.
func loadCase(t *testing.T, dir string) testCase {
	t.Helper()
	c := testCase{name: filepath.Base(dir), dir: dir}
	c.from = readRequired(t, filepath.Join(dir, "from.sql"))
	c.to = readRequired(t, filepath.Join(dir, "to.sql"))
	c.up = readOptional(t, filepath.Join(dir, "up.sql"))
	c.hazards = readOptional(t, filepath.Join(dir, "hazards.txt"))
	return c
}

func readRequired(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("case file: %v", err)
	}
	return string(b)
}

func readOptional(t *testing.T, path string) *string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatalf("case file: %v", err)
	}
	s := string(b)
	return &s
}

// newLoadedDB creates a fresh database and runs sql in it as one
// simple-protocol Exec, independent of the code under test.
func newLoadedDB(t *testing.T, name, sql string) string {
	t.Helper()
	url := pgtest.NewDatabase(t)
	conn := pgtest.Connect(t, url)
	if _, err := conn.Exec(context.Background(), sql); err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return url
}

// introspectURL reads the schema of the database at url on a connection of
// its own, so no session state carries over from applying a script.
func introspectURL(t *testing.T, url string) *model.Schema {
	t.Helper()
	ctx := context.Background()
	conn := pgtest.Connect(t, url)
	s, err := introspect.Schema(ctx, conn, introspect.Options{})
	if err != nil {
		t.Fatalf("introspect: %v", err)
	}
	if err := conn.Close(ctx); err != nil {
		t.Fatalf("close: %v", err)
	}
	return s
}

// converge applies script (the rendered plan) to the database at target and
// requires it to equal the database at want: by introspection, by catalog
// fingerprint, and by an empty second plan.
func converge(t *testing.T, stage, target, want string, wantModel *model.Schema, plan *diff.Plan, script, fingerprintSQL string) {
	t.Helper()
	before := rowCounts(t, target, introspectURL(t, target))
	if !plan.Empty() {
		if err := applyScript(t, target, stage+".sql", script); err != nil {
			t.Fatalf("%s: apply: %v\n--- script ---\n%s", stage, err, script)
		}
	}
	got := introspectURL(t, target)
	checkRowsKept(t, stage, before, rowCounts(t, target, got), script)
	if d := cmp.Diff(wantModel, got, modelOptions); d != "" {
		t.Fatalf("%s: applied database differs from the target model (-want +got)\n%s\n--- script ---\n%s", stage, d, script)
	}
	if d := cmp.Diff(fingerprint(t, want, fingerprintSQL), fingerprint(t, target, fingerprintSQL)); d != "" {
		t.Fatalf("%s: catalog fingerprints differ (-want +got)\n%s\n--- script ---\n%s", stage, d, script)
	}
	if again := diff.Compare(got, wantModel); !again.Empty() {
		t.Fatalf("%s: second plan is not empty:\n%s\n--- first script ---\n%s", stage, render.Plan(again), script)
	}
}

// fingerprint runs the shared catalog fingerprint script with psql and
// returns its lines.
func fingerprint(t *testing.T, url, script string) []string {
	t.Helper()
	cmd := exec.Command("psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("catalog fingerprint: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimRight(stdout.String(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = canonicalOptions(l)
	}
	return lines
}

var (
	reloptionsRE  = regexp.MustCompile(`options=(\S+)`)
	indexOptionRE = regexp.MustCompile(`WITH \(([^()]*)\)`)
)

// canonicalOptions sorts the storage parameters in a fingerprint line. The
// catalog keeps them in the order they were set, which carries no meaning:
// a table given fillfactor later than parallel_workers is the same table.
func canonicalOptions(line string) string {
	line = reloptionsRE.ReplaceAllStringFunc(line, func(m string) string {
		return "options=" + sortedList(strings.TrimPrefix(m, "options="), ",")
	})
	return indexOptionRE.ReplaceAllStringFunc(line, func(m string) string {
		return "WITH (" + sortedList(m[len("WITH ("):len(m)-1], ", ") + ")"
	})
}

func sortedList(list, sep string) string {
	items := strings.Split(list, sep)
	sort.Strings(items)
	return strings.Join(items, sep)
}

// hazardLines lists the plan's hazards as "<kind> <op type>", sorted.
func hazardLines(p *diff.Plan) string {
	var lines []string
	for _, s := range p.Steps {
		for _, h := range s.Hazards {
			lines = append(lines, h.Kind.String()+" "+opName(s.Op))
		}
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

// opName is the op's type name without its package, e.g. "DropColumn".
func opName(op diff.Op) string {
	t := reflect.TypeOf(op)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

func checkHazards(t *testing.T, c testCase, p *diff.Plan) {
	t.Helper()
	if c.hazards == nil {
		return
	}
	got := hazardLines(p)
	if *update {
		writeGolden(t, filepath.Join(c.dir, "hazards.txt"), got)
		return
	}
	if d := cmp.Diff(*c.hazards, got); d != "" {
		t.Errorf("hazards.txt mismatch (-want +got)\n%s\n--- script ---\n%s", d, render.Plan(p))
	}
}

func checkUpGolden(t *testing.T, c testCase, script string) {
	t.Helper()
	if c.up == nil {
		return
	}
	if *update {
		writeGolden(t, filepath.Join(c.dir, "up.sql"), script)
		return
	}
	if d := cmp.Diff(*c.up, script); d != "" {
		t.Errorf("up.sql mismatch (-want +got)\n%s", d)
	}
}

func writeGolden(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatalf("update golden: %v", err)
	}
	t.Logf("updated %s", path)
}
