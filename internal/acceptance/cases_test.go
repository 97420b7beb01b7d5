package acceptance

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

var update = flag.Bool("update", false, "rewrite the existing up.sql and hazards.txt goldens from the current output")

// TestCases runs every case in testdata/cases. A case is a directory with:
//
//   - from.sql, to.sql (required): the two schemas, with data rows where a
//     change must keep or convert data;
//   - up.sql (optional): the exact rendered upgrade script, as PostgreSQL
//     15 plans it; up.pg<majors>.sql (e.g. up.pg17+.sql, up.pg13.sql) in
//     its place on the majors it names, where a server prints part of the
//     plan differently (view definitions, extension versions) or plans
//     otherwise (an operation only newer servers have);
//   - majors (optional): the PostgreSQL majors the case needs, "15+" or
//     "13-17", then why ("15+ UNIQUE NULLS NOT DISTINCT"); on others it
//     is skipped;
//   - hazards.txt (optional): the upgrade plan's hazards, one "<kind> <op
//     type>" per line, sorted; hazards.pg<majors>.txt in its place on the
//     majors it names (goldenMajor says more);
//   - down_fails.txt (optional): the downgrade must fail, with an error
//     that contains this text (a case showing a hazard that says the way
//     back is missing);
//   - online (optional, empty): plan both directions with diff.Options
//     Online;
//   - after_up.sql, after_down.sql (optional): statements that must succeed
//     on the database after the upgrade, and after the downgrade (e.g. an
//     INSERT that needs a sequence to continue past existing rows);
//   - up_fails.txt (optional): the upgrade must fail, with an error that
//     contains this text; the case stops there;
//   - same_fingerprint (optional): why the case is judged though from.sql
//     and to.sql have the same catalog fingerprint, which then cannot tell
//     a migration that worked from one that did nothing. A case whose plan
//     is not empty, or whose from.sql and to.sql differ, fails without it
//     when the two fingerprint the same, and fails with it when they do
//     not. A reason starting "privileges:" (the fingerprint leaves out
//     ACLs; the case checks them with its own ACL fingerprint) is checked:
//     the case has a privileges file and its two ACL fingerprints differ.
//
// to.sql's annotation comments (-- retort:renamed-from, ...) are read as
// the SQL source loader reads them: the upgrade plans from.sql's model to
// the annotated to.sql model, the downgrade plans the annotated upgraded
// model back, as revision --autogenerate does.
//
// Each case builds from.sql in database A and to.sql in database B, plans
// A→B, applies the rendered script to A and requires A to equal B, by
// retort's own introspection and by the independent catalog fingerprint
// (../shared/tools/catalog-fingerprint.sql, read when the test runs, with
// the harness's own lines for the statistics objects it leaves out,
// statisticsFingerprint); a second plan must be empty. Where the fingerprints differ, the judge is
// the fingerprint of B's schema-only pg_dump restored into a new database
// (sameCatalog): A passes iff it equals that; no retort code rewrites a
// fingerprint. Then it plans A back to what it held before the upgrade
// (read the same three ways before it ran), applies it and checks the
// same way, with from.sql loaded afresh for the second opinion.
//
// With -update, existing up.sql and hazards.txt files are rewritten; create
// an empty one to opt a case in.
func TestCases(t *testing.T) {
	root := repoRoot(t)
	fingerprintSQL := filepath.Join(root, "..", "shared", "tools", "catalog-fingerprint.sql")
	if _, err := os.Stat(fingerprintSQL); err != nil {
		t.Fatalf("catalog fingerprint script missing (expected at ../shared/tools from the repository root): %v", err)
	}
	dir := filepath.Join(root, "testdata", "cases")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read cases: %v", err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		c := loadCase(t, filepath.Join(dir, e.Name()))
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			runCase(t, c, fingerprintSQL)
		})
	}
	if n == 0 {
		t.Fatalf("no cases in %s", dir)
	}
}

// runCase runs one case end to end.
func runCase(t *testing.T, c testCase, fingerprintSQL string) {
	requireMajors(t, c)
	a := newLoadedDB(t, "from.sql", c.from)
	b := newLoadedDB(t, "to.sql", c.to)

	// The downgrade's target is from.sql's state, which a no longer
	// holds by then: a second opinion (sameCatalog) loads it afresh.
	fromState := takeSnapshot(t, a, fingerprintSQL, c.opts).rebuiltBy(func() string { return newLoadedDB(t, "from.sql", c.from) })
	toState := takeSnapshot(t, b, fingerprintSQL, c.opts).heldBy(b)
	plan := diff.CompareWith(fromState.model, annotated(t, toState.model, c.to), c.plan)
	script := render.Plan(plan)

	checkFingerprintJudges(t, c, fromState, toState, plan)
	if c.from == c.to && !plan.Empty() {
		t.Fatalf("from.sql equals to.sql but the plan is not empty:\n%s", script)
	}
	if c.from != c.to && plan.Empty() {
		t.Fatalf("from.sql and to.sql differ but the plan is empty")
	}
	checkHazards(t, c, plan)
	checkUpGolden(t, c, script)
	if c.upFails != nil {
		checkUpFails(t, a, *c.upFails, script)
		return
	}

	upState := converge(t, "upgrade", a, fromState.model, toState, plan, script, fingerprintSQL, c.opts)
	runAfter(t, a, c.dir, "after_up.sql")

	// Downgrade: plan A (now "to") back to what it held before the
	// upgrade, read three ways before it ran. Like revision's downgrade
	// (Compare(model, head)), its from side carries to.sql's annotations.
	downPlan := diff.CompareWith(annotated(t, upState.model, c.to), fromState.model, c.plan)
	if c.downFails != nil {
		want := strings.TrimSpace(*c.downFails)
		err := applyScript(t, a, "downgrade", render.Plan(downPlan))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("downgrade: got error %v, want one containing %q", err, want)
		}
		return
	}
	converge(t, "downgrade", a, upState.model, fromState, downPlan, render.Plan(downPlan), fingerprintSQL, c.opts)
	runAfter(t, a, c.dir, "after_down.sql")
}

// checkFingerprintJudges fails a case that changes something (its plan is
// not empty, or from.sql and to.sql differ) where from.sql and to.sql have
// the same catalog fingerprint, unless its same_fingerprint file says why:
// there the fingerprint cannot tell a migration that did its work from one
// that did nothing. It fails a same_fingerprint that is empty, or that is
// no longer true. A reason that starts "privileges:" is checked: the case
// compares privileges, and its from.sql and to.sql ACL fingerprints differ.
func checkFingerprintJudges(t *testing.T, c testCase, from, to snapshot, plan *diff.Plan) {
	t.Helper()
	if err := fingerprintJudgeError(c, from, to, plan); err != nil {
		t.Fatal(err)
	}
}

// fingerprintJudgeError is checkFingerprintJudges's rule: nil when the
// case may run, else why not.
func fingerprintJudgeError(c testCase, from, to snapshot, plan *diff.Plan) error {
	same := slices.Equal(from.fingerprint, to.fingerprint)
	switch {
	case c.sameFingerprint != nil && strings.TrimSpace(*c.sameFingerprint) == "":
		return errors.New("same_fingerprint is empty: write why the case is judged though its catalog fingerprint cannot tell from.sql from to.sql")
	case c.sameFingerprint != nil && !same:
		return errors.New("same_fingerprint says from.sql and to.sql have the same catalog fingerprint, but they differ: remove the file")
	case c.sameFingerprint != nil && strings.HasPrefix(*c.sameFingerprint, "privileges:") &&
		(!c.opts.Privileges || slices.Equal(from.acl, to.acl)):
		return errors.New("same_fingerprint says the ACL fingerprint judges the case, but the case has no privileges file or its from.sql and to.sql ACLs are the same")
	case same && c.sameFingerprint == nil && (!plan.Empty() || c.from != c.to):
		return fmt.Errorf("from.sql and to.sql have the same catalog fingerprint, so it cannot judge the migration; "+
			"add a file same_fingerprint saying what judges the case instead (e.g. \"privileges: the fingerprint leaves out ACLs; the case checks them with its own ACL fingerprint\"), "+
			"or make to.sql differ where the fingerprint looks\n--- plan ---\n%s", render.Plan(plan))
	}
	return nil
}

// annotated returns a copy of s with the annotations (renames) written as
// comments in sql, read by the code the SQL source loader uses; s itself
// when sql has none.
func annotated(t *testing.T, s *model.Schema, sql string) *model.Schema {
	t.Helper()
	if !strings.Contains(sql, "retort:") {
		return s
	}
	out := s.Clone()
	if err := source.Annotate(out, "to.sql", sql); err != nil {
		t.Fatalf("annotations: %v", err)
	}
	return out
}

// checkUpFails requires the upgrade script to fail on the database at url
// with an error containing want (trimmed).
func checkUpFails(t *testing.T, url, want, script string) {
	t.Helper()
	err := applyScript(t, url, "upgrade.sql", script)
	if err == nil {
		t.Fatalf("upgrade succeeded; want an error containing %q\n--- script ---\n%s", strings.TrimSpace(want), script)
	}
	if !strings.Contains(err.Error(), strings.TrimSpace(want)) {
		t.Fatalf("upgrade failed with %v; want an error containing %q", err, strings.TrimSpace(want))
	}
}

// runAfter runs a case's optional after_up.sql or after_down.sql on the
// migrated database; every statement must succeed.
func runAfter(t *testing.T, url, dir, name string) {
	t.Helper()
	sql := readOptional(t, filepath.Join(dir, name))
	if sql == nil {
		return
	}
	if err := applyScript(t, url, name, *sql); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}
