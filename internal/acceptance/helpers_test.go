package acceptance

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	pg_query "github.com/pganalyze/pg_query_go/v6"

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
}

// modelOptions compare two introspected schemas. Column order is left out:
// PostgreSQL cannot reorder columns, so a column dropped and re-added lands
// at the end, and retort does not manage order (the fingerprint ignores it
// too). Texts PostgreSQL prints differently the second time (see
// internal/sqlnorm) compare as the diff compares them.
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
	c.plan.Online = readOptional(t, filepath.Join(dir, "online")) != nil
	c.downFails = readOptional(t, filepath.Join(dir, "down_fails.txt"))
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
// (with opts, when given), by catalog fingerprint, by an empty second plan
// and, with privileges, by owners and ACLs. Rows of the tables kept must
// be kept. It returns what the target holds afterwards.
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
	if d := cmp.Diff(want.fingerprint, got.fingerprint); d != "" {
		if d = cmp.Diff(canonicalSQLLines(want.fingerprint), canonicalSQLLines(got.fingerprint)); d != "" {
			t.Fatalf("%s: catalog fingerprints differ (-want +got)\n%s\n--- script ---\n%s", stage, d, script)
		}
	}
	if again := diff.Compare(got.model, want.model); !again.Empty() {
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

// catalogFingerprint runs the shared catalog fingerprint script (its SQL;
// the psql output settings at its top are what pgx returns anyway) and
// returns its lines, storage parameters sorted. Statements run in a
// transaction that is rolled back, so its SET does not outlive it.
func catalogFingerprint(t *testing.T, conn *pgx.Conn, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("catalog fingerprint: %v", err)
	}
	var sql strings.Builder
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if !strings.HasPrefix(line, "\\") {
			sql.WriteString(line)
		}
	}
	stmts, err := pg_query.SplitWithScanner(sql.String(), true)
	if err != nil || len(stmts) == 0 {
		t.Fatalf("catalog fingerprint %s: cannot split: %v", path, err)
	}
	ctx := context.Background()
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatalf("catalog fingerprint: %v", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // read-only; the rollback only ends it
	for _, s := range stmts[:len(stmts)-1] {
		if _, err := tx.Exec(ctx, s); err != nil {
			t.Fatalf("catalog fingerprint: %s: %v", s, err)
		}
	}
	rows, err := tx.Query(ctx, stmts[len(stmts)-1])
	if err != nil {
		t.Fatalf("catalog fingerprint: %v", err)
	}
	lines, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (string, error) {
		var l pgtype.Text
		err := r.Scan(&l)
		return canonicalOptions(l.String), err
	})
	if err != nil {
		t.Fatalf("catalog fingerprint: %v", err)
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

var checkOptionRE = regexp.MustCompile(` check_option=\w+$`)

// canonicalSQLLines returns fingerprint lines with the SQL of check
// constraints, indexes, policies and view definitions in canonical form
// (internal/sqlnorm):
// where PostgreSQL prints a re-created object differently from the
// original (a varchar IN list, an unnamed column of a later UNION branch),
// the two texts agree afterwards. Lines whose SQL does not parse stay as
// they are.
func canonicalSQLLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l
		switch {
		case strings.HasPrefix(l, "constraint ") && strings.Contains(l, " CHECK ("):
			j := strings.Index(l, " CHECK (")
			if c, ok := sqlnorm.Canonical("SELECT " + l[j+len(" CHECK "):]); ok {
				out[i] = l[:j] + " CHECK " + c
			}
		case strings.HasPrefix(l, "index "):
			if c, ok := sqlnorm.Canonical(strings.TrimPrefix(l, "index ")); ok {
				out[i] = "index " + c
			}
		case strings.HasPrefix(l, "policy "):
			out[i] = canonicalPolicyLine(l)
		case strings.HasPrefix(l, "view-def "):
			rest := strings.TrimPrefix(l, "view-def ")
			name, def := splitQualifiedName(rest)
			suffix := checkOptionRE.FindString(def)
			if c, ok := sqlnorm.Canonical(strings.TrimSuffix(def, suffix)); ok {
				out[i] = "view-def " + name + " " + c + suffix
			}
		}
	}
	sort.Strings(out)
	return out
}

// canonicalPolicyLine puts the using= and check= expressions of a policy
// line in canonical form.
func canonicalPolicyLine(l string) string {
	head, using, check := l, "", ""
	if j := strings.LastIndex(head, " check="); j >= 0 {
		head, check = head[:j], head[j+len(" check="):]
	}
	if j := strings.Index(head, " using="); j >= 0 {
		head, using = head[:j], head[j+len(" using="):]
	}
	expr := func(key, e string) string {
		if e == "" {
			return ""
		}
		if c, ok := sqlnorm.Canonical("SELECT " + e); ok {
			e = c
		}
		return " " + key + "=" + e
	}
	return head + expr("using", using) + expr("check", check)
}

// splitQualifiedName splits "schema.name rest" at the first space outside
// double quotes.
func splitQualifiedName(s string) (name, rest string) {
	quoted := false
	for i, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
		case r == ' ' && !quoted:
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}
