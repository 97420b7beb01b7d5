package acceptance

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/internal/sqlnorm"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
)

// A testCase is one directory of testdata/cases, read into memory.
type testCase struct {
	name     string
	dir      string
	from, to string
	// upFails is the text of up_fails.txt: the upgrade must fail with an
	// error containing it.
	upFails *string
	// opts are the introspection options: with a file named privileges in
	// the case directory, owners and privileges are compared too.
	opts introspect.Options
	// plan are the planning options: with a file named online in the case
	// directory, both directions are planned online (lock-light).
	plan diff.Options
	// downFails, when not nil, is what the downgrade must fail with (the
	// file down_fails.txt): a case whose hazard says the way back does not
	// exist shows it.
	downFails *string
	// majors, from the file majors ("15+ why", "13-17 why"), are the
	// PostgreSQL majors the case runs on; every major when absent.
	majors *string
	// sameFingerprint is the text of same_fingerprint: why the case is
	// judged though from.sql and to.sql have the same catalog fingerprint.
	sameFingerprint *string
}

// planOptions are the options every plan here is made with, as the
// commands make theirs (internal/cli's compareOptions): online or not, and
// the parse-tree equivalence of printed texts, which the engine is given.
func planOptions(online bool) diff.Options {
	return diff.Options{Online: online, Equivalence: sqlnorm.Trees{}}
}

// compare is diff.Compare with the commands' options.
func compare(from, to *model.Schema) *diff.Plan {
	return diff.CompareWith(from, to, planOptions(false))
}

// modelOptions compare two introspected schemas: retort's own first check,
// before the catalog fingerprint (the independent oracle, which no retort
// code rewrites) has its say. Column order is left out: PostgreSQL cannot
// reorder columns, so a column dropped and re-added lands at the end, and
// retort does not manage order (the fingerprint ignores it too). Texts
// PostgreSQL prints differently the second time (see internal/sqlnorm)
// compare as the diff compares them, as the second plan's emptiness does:
// this check can only add failures to the fingerprint's, never excuse one.
var modelOptions = cmp.Options{
	cmpopts.SortSlices(func(x, y model.Column) bool { return x.Name < y.Name }),
	sqlField(reflect.TypeFor[model.Constraint](), "Expression", sqlnorm.SameExpression),
	sqlField(reflect.TypeFor[model.Index](), "Predicate", sqlnorm.SameExpression),
	sqlField(reflect.TypeFor[model.Policy](), "Using", sqlnorm.SameExpression),
	sqlField(reflect.TypeFor[model.Policy](), "WithCheck", sqlnorm.SameExpression),
	sqlField(reflect.TypeFor[model.View](), "Definition", sqlnorm.SameQuery),
}

// sqlField compares the field of struct type typ with same.
func sqlField(typ reflect.Type, field string, same func(a, b string) bool) cmp.Option {
	return cmp.FilterPath(func(p cmp.Path) bool {
		sf, ok := p.Last().(cmp.StructField)
		return ok && sf.Name() == field && p.Index(-2).Type() == typ
	}, cmp.Comparer(same))
}

// repoRoot returns the module root: the nearest parent holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	return pgtest.RepoRoot(t)
}

// loadCase reads a case directory.
func loadCase(t *testing.T, dir string) testCase {
	t.Helper()
	c := testCase{name: filepath.Base(dir), dir: dir}
	c.from = readRequired(t, filepath.Join(dir, "from.sql"))
	c.to = readRequired(t, filepath.Join(dir, "to.sql"))
	c.majors = readOptional(t, filepath.Join(dir, "majors"))
	c.upFails = readOptional(t, filepath.Join(dir, "up_fails.txt"))
	c.opts.Privileges = readOptional(t, filepath.Join(dir, "privileges")) != nil
	c.plan = planOptions(readOptional(t, filepath.Join(dir, "online")) != nil)
	c.downFails = readOptional(t, filepath.Join(dir, "down_fails.txt"))
	c.sameFingerprint = readOptional(t, filepath.Join(dir, "same_fingerprint"))
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
// its own, so no session state carries over from applying a script; opts,
// when given, select what is read (privileges).
func introspectURL(t *testing.T, url string, opts ...introspect.Options) *model.Schema {
	t.Helper()
	ctx := context.Background()
	conn := pgtest.Connect(t, url)
	var o introspect.Options
	if len(opts) > 0 {
		o = opts[0]
	}
	s, err := introspect.Schema(ctx, conn, o)
	if err != nil {
		t.Fatalf("introspect: %v", err)
	}
	if err := conn.Close(ctx); err != nil {
		t.Fatalf("close: %v", err)
	}
	return s
}

// converge applies script (the rendered plan) to the database at target,
// whose model before is, and requires it to equal want: by introspection
// (with opts, when given), by catalog fingerprint (sameCatalog), by an
// empty second plan and, with privileges, by owners and ACLs. Rows of the
// tables kept must be kept. It returns what the target holds afterwards.
func converge(t *testing.T, stage, target string, before *model.Schema, want snapshot, plan *diff.Plan, script, fingerprintSQL string, opts ...introspect.Options) snapshot {
	t.Helper()
	rowsBefore := rowCounts(t, target, before)
	if !plan.Empty() {
		if err := applyScript(t, target, stage+".sql", script); err != nil {
			t.Fatalf("%s: apply: %v\n--- script ---\n%s", stage, err, script)
		}
	}
	got := takeSnapshot(t, target, fingerprintSQL, opts...)
	if d := cmp.Diff(want.acl, got.acl); d != "" {
		t.Fatalf("%s: owners or privileges differ (-want +got)\n%s\n--- script ---\n%s", stage, d, script)
	}
	checkRowsKept(t, stage, rowsBefore, rowCounts(t, target, got.model), script)
	if d := cmp.Diff(want.model, got.model, modelOptions); d != "" {
		t.Fatalf("%s: applied database differs from the target model (-want +got)\n%s\n--- script ---\n%s", stage, d, script)
	}
	sameCatalog(t, stage, want, got, script, fingerprintSQL)
	if again := compare(got.model, want.model); !again.Empty() {
		t.Fatalf("%s: second plan is not empty:\n%s\n--- first script ---\n%s", stage, render.Plan(again), script)
	}
	return got
}

// A snapshot is what a database holds, read three ways: retort's model,
// the shared catalog fingerprint and, when privileges are compared, the
// ACL fingerprint.
type snapshot struct {
	model       *model.Schema
	fingerprint []string
	acl         []string
	// holder, when set, returns the URL of a database holding this state
	// (the one read, while nothing changes it, or one built afresh):
	// sameCatalog dumps it for its second opinion. Without it, a
	// fingerprint that differs fails outright.
	holder func() string
}

// heldBy returns s with holder set to return url: the database read, which
// must not change while s is a comparison's target.
func (s snapshot) heldBy(url string) snapshot {
	s.holder = func() string { return url }
	return s
}

// rebuiltBy returns s with holder set to build a new database with build,
// for a state whose database has since changed.
func (s snapshot) rebuiltBy(build func() string) snapshot {
	s.holder = build
	return s
}

// takeSnapshot reads the database at url on one connection of its own, so
// no session state carries over from applying a script; opts are the
// introspection options (privileges).
func takeSnapshot(t *testing.T, url, fingerprintSQL string, opts ...introspect.Options) snapshot {
	t.Helper()
	ctx := context.Background()
	conn := pgtest.Connect(t, url)
	defer conn.Close(ctx)
	var o introspect.Options
	if len(opts) > 0 {
		o = opts[0]
	}
	m, err := introspect.Schema(ctx, conn, o)
	if err != nil {
		t.Fatalf("introspect: %v", err)
	}
	s := snapshot{model: m, fingerprint: catalogFingerprint(t, conn, fingerprintSQL)}
	if o.Privileges {
		s.acl = aclFingerprint(t, conn)
	}
	return s
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
	if d := checkGolden(t, c, "hazards.txt", hazardLines(p)); d != "" {
		t.Errorf("%s\n--- script ---\n%s", d, render.Plan(p))
	}
}

// runsOn reports whether the case runs on PostgreSQL major.
func (c testCase) runsOn(major int) bool {
	if c.majors == nil {
		return true
	}
	spec, _, _ := strings.Cut(strings.TrimSpace(*c.majors), " ")
	r, err := pgtest.ParseMajors(spec)
	return err == nil && r.Has(major)
}

// requireMajors skips the case unless the test server's major is one its
// majors file names.
func requireMajors(t *testing.T, c testCase) {
	t.Helper()
	if c.majors == nil {
		return
	}
	spec, why, _ := strings.Cut(strings.TrimSpace(*c.majors), " ")
	pgtest.RequireMajors(t, spec, strings.TrimSpace(why))
}

// goldenMajor is the PostgreSQL major the goldens (up.sql, hazards.txt)
// are written on. Where another major plans otherwise (a view's
// definition or an extension's default version printed differently, an
// operation only a newer server has), the case holds a golden for it named
// with the majors it applies to: up.pg17+.sql, hazards.pg17+.txt,
// up.pg13.sql (see pgtest.ParseMajors). -update writes NAME.pgN.EXT when
// the output on major N differs from the golden that applies.
const goldenMajor = 15

// goldenPath returns the path of the golden name (up.sql, hazards.txt) of
// the case in dir for the test server's major: a NAME.pg<majors>.EXT that
// names it, else name itself.
func goldenPath(t *testing.T, dir, name string) string {
	t.Helper()
	major := pgtest.Major(t)
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	matches, err := filepath.Glob(filepath.Join(dir, base+".pg*"+ext))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range matches {
		spec := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(m), base+".pg"), ext)
		r, err := pgtest.ParseMajors(spec)
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		if r.Has(major) {
			return m
		}
	}
	return filepath.Join(dir, name)
}

// checkGolden compares got with the case's golden name (up.sql,
// hazards.txt) for the server's major, when the case has that golden,
// and returns the difference ("" when equal); with -update it writes the
// golden instead.
func checkGolden(t *testing.T, c testCase, name, got string) string {
	t.Helper()
	dir := c.dir
	if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
		return ""
	}
	path := goldenPath(t, dir, name)
	want := readRequired(t, path)
	if want == got {
		return ""
	}
	if *update {
		if major := pgtest.Major(t); filepath.Base(path) == name && major != goldenMajor && c.runsOn(goldenMajor) {
			ext := filepath.Ext(name)
			path = filepath.Join(dir, fmt.Sprintf("%s.pg%d%s", strings.TrimSuffix(name, ext), major, ext))
		}
		writeGolden(t, path, got)
		return ""
	}
	return fmt.Sprintf("%s mismatch (-want +got)\n%s", filepath.Base(path), cmp.Diff(want, got))
}

func checkUpGolden(t *testing.T, c testCase, script string) {
	t.Helper()
	if d := checkGolden(t, c, "up.sql", script); d != "" {
		t.Error(d)
	}
}

func writeGolden(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatalf("update golden: %v", err)
	}
	t.Logf("updated %s", path)
}
