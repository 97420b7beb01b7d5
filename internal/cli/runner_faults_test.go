package cli

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/retortdb/retort/internal/pgtest"
)

// diagnostics drops the line that names the target database from a
// command's stderr, leaving the lines these tests look at.
func diagnostics(errs string) string {
	var keep []string
	for _, l := range strings.SplitAfter(errs, "\n") {
		if !strings.HasPrefix(l, "retort: target ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}

// TestRunnerFaultsLockTimeout: another session holds a lock on the table
// a revision written by hand alters. lock_timeout from retort.yaml applies
// to the runner's statements, and the revision is tried 1 + lock_retries
// times (a log line per retry), then upgrade exits 1 with the version
// table and the history unchanged. Without lock_timeout on the runner's
// session the ALTER would wait for as long as the other session holds it.
func TestRunnerFaultsLockTimeout(t *testing.T) {
	p := newTestProject(t, "lock_timeout: 1s\nlock_retries: 2\n")
	writeRevisionFile(t, p, "f00000000001", "", "CREATE TABLE t (id int);", "DROP TABLE t;")
	p.run(0, "upgrade")
	writeRevisionFile(t, p, "f00000000002", "f00000000001", "ALTER TABLE t ADD COLUMN c int;", "ALTER TABLE t DROP COLUMN c;")
	holder := pgtest.Connect(t, p.url)
	ctx := context.Background()
	if _, err := holder.Exec(ctx, "BEGIN; LOCK TABLE t IN ACCESS SHARE MODE"); err != nil {
		t.Fatal(err)
	}
	type result struct {
		code      int
		out, errs string
		elapsed   time.Duration
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		code, out, errs := run(t, "-c", filepath.Join(p.dir, "retort.yaml"), "upgrade", "head")
		done <- result{code, out, diagnostics(errs), time.Since(start)}
	}()
	var res result
	select {
	case res = <-done:
	case <-time.After(40 * time.Second):
		holder.Exec(ctx, "ROLLBACK") // let a runner that waits forever finish
		res = <-done
		t.Fatalf("upgrade still waiting for the lock after 40s (exit %d once released)", res.code)
	}
	if res.code != ExitError {
		t.Fatalf("exit %d, want 1\nstdout:\n%s\nstderr:\n%s", res.code, res.out, res.errs)
	}
	// Three tries of 1s, and waits of 0.5s and 1s between them.
	if res.elapsed < 4500*time.Millisecond {
		t.Errorf("gave up after %s, before three tries of 1s could have run", res.elapsed)
	}
	if got := strings.Count(res.out, "upgrade f00000000001 -> f00000000002, f00000000002\n"); got != 3 {
		t.Errorf("%d tries, want 3; stdout:\n%s", got, res.out)
	}
	for _, retry := range []string{"retry 1 of 2 in 500ms\n", "retry 2 of 2 in 1s\n"} {
		if !strings.Contains(res.out, "canceling statement due to lock timeout (SQLSTATE 55P03); rolled back, "+retry) {
			t.Errorf("stdout lacks the retry %q:\n%s", retry, res.out)
		}
	}
	want := "retort: versions/f00000000002.sql:8: upgrade f00000000002: canceling statement due to lock timeout (SQLSTATE 55P03); gave up after 3 tries: " +
		"another session holds a lock the revision needs (pg_locks and pg_stat_activity show which); run again when it is done, or raise lock_timeout or lock_retries\n"
	if res.errs != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", res.errs, want)
	}
	if got := p.versionTable(); got != "f00000000001" {
		t.Errorf("version table %q", got)
	}
	if got := p.query("SELECT operation || ' ' || revision FROM retort_version_history ORDER BY id"); got != "migration f00000000001" {
		t.Errorf("history %q", got)
	}
	if _, err := holder.Exec(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	p.run(0, "upgrade")
	if got := p.versionTable(); got != "f00000000002" {
		t.Errorf("version table once the lock is free: %q", got)
	}
}

// TestRunnerFaultsEditedRevision: upgrade refuses while an applied
// revision's file was edited after it was applied, unless --allow-edited,
// which warns; downgrade warns.
func TestRunnerFaultsEditedRevision(t *testing.T) {
	p := newTestProject(t, "")
	path := writeRevisionFile(t, p, "f00000000001", "", "CREATE TABLE t (id int);", "SELECT 1;")
	p.run(0, "upgrade")
	writeRevisionFile(t, p, "f00000000002", "f00000000001", "CREATE TABLE u (id int);", "DROP TABLE u;")
	f := filepath.Join(p.dir, path)
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f, []byte(strings.Replace(string(b), "(id int)", "(id bigint)", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := p.run(1, "upgrade")
	errs = diagnostics(errs)
	edited := regexp.MustCompile(`^retort: versions/f00000000001\.sql: revision f00000000001 was edited after it was applied \(checksum [0-9a-f]{12}, recorded [0-9a-f]{12}\); revert the edit or write a new revision; or pass --allow-edited to upgrade anyway\n$`)
	if !edited.MatchString(errs) {
		t.Errorf("upgrade over an edited revision, stderr:\n%s", errs)
	}
	if got := p.versionTable(); got != "f00000000001" {
		t.Errorf("version table after the refusal: %q", got)
	}
	warning := "retort: warning: versions/f00000000001.sql: revision f00000000001 was edited after it was applied"
	_, errs = p.run(0, "upgrade", "--allow-edited")
	if errs = diagnostics(errs); !strings.HasPrefix(errs, warning) {
		t.Errorf("upgrade --allow-edited, stderr:\n%s", errs)
	}
	if got := p.versionTable(); got != "f00000000002" {
		t.Errorf("version table after upgrade --allow-edited: %q", got)
	}
	_, errs = p.run(0, "downgrade", "-1")
	if errs = diagnostics(errs); !strings.HasPrefix(errs, warning) {
		t.Errorf("downgrade, stderr:\n%s", errs)
	}
}

// TestRunnerFaultsPastTarget: upgrade to a revision below the database's
// says the database is past it, and how to go back.
func TestRunnerFaultsPastTarget(t *testing.T) {
	p := newTestProject(t, "")
	writeRevisionFile(t, p, "f00000000001", "", "CREATE TABLE t (id int);", "DROP TABLE t;")
	writeRevisionFile(t, p, "f00000000002", "f00000000001", "CREATE TABLE u (id int);", "DROP TABLE u;")
	p.run(0, "upgrade")
	for _, tt := range []struct{ target, want string }{
		{"f00000000001", "Nothing to do: the database is at f00000000002, past f00000000001; to go back to f00000000001, run retort downgrade f00000000001.\n"},
		{"head", "Nothing to do: the database is already at head.\n"},
		{"f00000000002", "Nothing to do: the database is already at f00000000002.\n"},
	} {
		if out, _ := p.run(0, "upgrade", tt.target); out != tt.want {
			t.Errorf("upgrade %s: stdout %q, want %q", tt.target, out, tt.want)
		}
	}
}

// TestRunnerFaultsDowngradeHazards: downgrade prints each step's hazards
// on stderr before it runs: those revision --autogenerate wrote in the
// file, or, in a revision written by hand, the statements that drop data.
func TestRunnerFaultsDowngradeHazards(t *testing.T) {
	p := newTestProject(t, "")
	hand := writeRevisionFile(t, p, "f00000000001", "", "CREATE TABLE t (id int);\nCREATE TABLE scratch (id int);", "TRUNCATE scratch;\nDROP TABLE scratch;\nDROP TABLE t;")
	p.model("CREATE TABLE t (id int);\nCREATE TABLE scratch (id int);\n")
	p.run(0, "upgrade")
	p.model("CREATE TABLE t (id int, note text);\nCREATE TABLE scratch (id int);\n")
	p.run(0, "revision", "--autogenerate", "-m", "note", "--rev-id", "f00000000002")
	p.run(0, "upgrade")
	out, errs := p.run(0, "downgrade", "base")
	errs = diagnostics(errs)
	want := "retort: hazard data-loss: drops column public.t.note and its values (downgrade f00000000002, versions/f00000000002_note.sql:11)\n" +
		"retort: hazard data-loss: empties tables: TRUNCATE scratch (downgrade f00000000001, " + hand + ":12; found in its statements, the revision has no hazard comments)\n" +
		"retort: hazard data-loss: drops table and its data: DROP TABLE scratch (downgrade f00000000001, " + hand + ":13; found in its statements, the revision has no hazard comments)\n" +
		"retort: hazard data-loss: drops table and its data: DROP TABLE t (downgrade f00000000001, " + hand + ":14; found in its statements, the revision has no hazard comments)\n"
	if errs != want {
		t.Errorf("stderr:\n%s\nwant:\n%s\nstdout:\n%s", errs, want, out)
	}
	if got := p.tables(); got != "" {
		t.Errorf("tables after downgrade base: %q", got)
	}
}

// TestRunnerFaultsTransactionControl: a revision that controls its
// transaction is refused before anything runs, in one line naming the
// file and line.
func TestRunnerFaultsTransactionControl(t *testing.T) {
	p := newTestProject(t, "")
	writeRevisionFile(t, p, "f00000000001", "", "CREATE TABLE three (id int);\nROLLBACK;", "DROP TABLE three;")
	_, errs := p.run(1, "upgrade")
	errs = diagnostics(errs)
	want := "retort: versions/f00000000001.sql:9: ROLLBACK in the upgrade section of revision f00000000001: remove it; retort runs each revision in a transaction of its own and records it in the same transaction " +
		`(a revision with statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY, says so with the header line "-- Transaction: false")` + "\n"
	if errs != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, want)
	}
	if got := p.query("SELECT count(*)::text FROM pg_tables WHERE tablename LIKE 'retort_version%' OR tablename = 'three'"); got != "0" {
		t.Errorf("%s tables created although the upgrade was refused", got)
	}
}
