package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest"
)

// A testProject is a retort project in a temporary directory, with its
// own database, driven through the CLI in-process.
type testProject struct {
	t   *testing.T
	dir string
	url string
}

func newTestProject(t *testing.T, extraConfig string) *testProject {
	t.Helper()
	p := &testProject{t: t, dir: t.TempDir(), url: pgtest.NewDatabase(t)}
	config := fmt.Sprintf("url: %q\ndev_url: %q\nmodel: model.sql\nversions: versions\nfile_template: \"{rev}_{slug}\"\n%s",
		p.url, pgtest.ServerURL(t), extraConfig)
	writeFile(t, p.dir, "retort.yaml", config)
	if err := os.MkdirAll(filepath.Join(p.dir, "versions"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// run runs retort with the project's config and fails the test unless the
// exit code is want.
func (p *testProject) run(want int, args ...string) (string, string) {
	p.t.Helper()
	code, out, errs := run(p.t, append([]string{"-c", filepath.Join(p.dir, "retort.yaml")}, args...)...)
	if code != want {
		p.t.Fatalf("retort %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out, errs)
	}
	return out, errs
}

func (p *testProject) model(sql string) { writeFile(p.t, p.dir, "model.sql", sql) }

// writeRevisionFile writes a revision written by hand into the project's
// versions directory and returns its path relative to the project.
func writeRevisionFile(t *testing.T, p *testProject, id, parent, up, down string) string {
	t.Helper()
	body := fmt.Sprintf("-- retort revision\n-- Revision: %s\n-- Parents: %s\n-- Message: %s\n-- Created: 2024-04-01T17:18:00Z\n\n-- +retort upgrade\n%s\n\n-- +retort downgrade\n%s\n", id, parent, id, up, down)
	writeFile(t, filepath.Join(p.dir, "versions"), id+".sql", body)
	return "versions/" + id + ".sql"
}

// writeChain writes a line of revisions written by hand, with ids prefix
// followed by 1, 2, ..., each upgrading with one statement of ups and
// downgrading with SELECT 1.
func (p *testProject) writeChain(prefix string, ups ...string) {
	p.t.Helper()
	parent := ""
	for i, up := range ups {
		id := fmt.Sprintf("%s%d", prefix, i+1)
		writeRevisionFile(p.t, p, id, parent, up+";", "SELECT 1;")
		parent = id
	}
}

// query returns the first column of every row, joined by ",".
func (p *testProject) query(sql string) string {
	p.t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, p.url)
	if err != nil {
		p.t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, sql)
	if err != nil {
		p.t.Fatalf("%s: %v", sql, err)
	}
	vals, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		p.t.Fatalf("%s: %v", sql, err)
	}
	return strings.Join(vals, ",")
}

func (p *testProject) tables() string {
	return p.query("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename NOT LIKE 'retort_version%' ORDER BY 1")
}

func (p *testProject) versionTable() string {
	return p.query("SELECT version_num FROM retort_version ORDER BY 1")
}

func TestWorkflowLinear(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n")
	out, _ := p.run(0, "revision", "--autogenerate", "-m", "customers", "--rev-id", "aaaaaaaaaaaa")
	if !strings.Contains(out, "aaaaaaaaaaaa_customers.sql") {
		t.Fatalf("revision output: %s", out)
	}
	body, err := os.ReadFile(filepath.Join(p.dir, "versions", "aaaaaaaaaaaa_customers.sql"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"-- Revision: aaaaaaaaaaaa", "-- +retort upgrade", "CREATE TABLE public.customers", "-- +retort downgrade", "DROP TABLE public.customers"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("revision file lacks %q:\n%s", want, body)
		}
	}
	// Autogenerate refuses while the database is behind head.
	p.model("CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id bigint REFERENCES customers);\n")
	_, errs := p.run(1, "revision", "--autogenerate", "-m", "orders")
	if !strings.Contains(errs, "database is not at head") || !strings.Contains(errs, "run retort upgrade first") {
		t.Errorf("revision behind head: %s", errs)
	}
	p.run(0, "upgrade")
	if got := p.versionTable(); got != "aaaaaaaaaaaa" {
		t.Fatalf("version table after upgrade: %q", got)
	}
	p.run(0, "revision", "--autogenerate", "-m", "orders", "--rev-id", "bbbbbbbbbbbb")
	p.run(0, "upgrade", "head")
	out, _ = p.run(0, "revision", "--autogenerate", "-m", "nothing")
	if !strings.Contains(out, "No changes") {
		t.Errorf("no-change revision: %s", out)
	}
	if n := len(mustGlob(t, filepath.Join(p.dir, "versions", "*.sql"))); n != 2 {
		t.Errorf("%d revision files, want 2", n)
	}
	if got := p.tables(); got != "public.customers,public.orders" {
		t.Errorf("tables after upgrade: %q", got)
	}
	// current and heads print the id alone, as Alembic does; history
	// keeps the parents and the message.
	out, _ = p.run(0, "current")
	if out != "bbbbbbbbbbbb (head)\n" {
		t.Errorf("current: %q, want the id and (head) alone", out)
	}
	out, _ = p.run(0, "heads")
	if out != "bbbbbbbbbbbb (head)\n" {
		t.Errorf("heads: %q, want the id and (head) alone", out)
	}
	out, _ = p.run(0, "history")
	if want := "aaaaaaaaaaaa -> bbbbbbbbbbbb (head), orders\n<base> -> aaaaaaaaaaaa, customers\n"; out != want {
		t.Errorf("history:\n%s\nwant:\n%s", out, want)
	}
	p.run(0, "check")
	p.run(0, "downgrade", "-1")
	if got := p.versionTable(); got != "aaaaaaaaaaaa" {
		t.Errorf("version table after downgrade -1: %q", got)
	}
	out, _ = p.run(2, "check")
	if !strings.Contains(out, "not applied: bbbbbbbbbbbb") {
		t.Errorf("check with a pending revision:\n%s", out)
	}
	p.run(0, "downgrade", "base")
	if got := p.tables(); got != "" {
		t.Errorf("tables after downgrade base: %q", got)
	}
	if got := p.versionTable(); got != "" {
		t.Errorf("version table after downgrade base: %q", got)
	}
	// The history has one row per step: 2 up, 1 down, 1 down.
	if got := p.query("SELECT direction || ' ' || revision FROM retort_version_history ORDER BY id"); got != "up aaaaaaaaaaaa,up bbbbbbbbbbbb,down bbbbbbbbbbbb,down aaaaaaaaaaaa" {
		t.Errorf("history table: %q", got)
	}
}

func TestWorkflowCheckDriftAndModel(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TABLE t (id int PRIMARY KEY);\n")
	p.run(0, "revision", "--autogenerate", "-m", "t")
	p.run(0, "upgrade")
	p.run(0, "check")

	p.model("CREATE TABLE t (id int PRIMARY KEY, note text);\n")
	out, _ := p.run(2, "check", "--format", "json")
	var rep checkReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("check --format json: %v\n%s", err, out)
	}
	if rep.OK || len(rep.ModelChanges) != 1 || rep.ModelChanges[0].Op != "AddColumn" || len(rep.Drift) != 0 || len(rep.Pending) != 0 {
		t.Errorf("model change not reported as such: %+v", rep)
	}

	p.model("CREATE TABLE t (id int PRIMARY KEY);\n")
	pgtest.Exec(t, p.url, "ALTER TABLE t ADD COLUMN hand_made int")
	out, _ = p.run(2, "check", "--format", "json")
	rep = checkReport{}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Drift) != 1 || rep.Drift[0].Op != "DropColumn" || len(rep.ModelChanges) != 0 {
		t.Errorf("drift not reported: %+v", rep)
	}
	pgtest.Exec(t, p.url, "ALTER TABLE t DROP COLUMN hand_made")

	// Editing an applied revision is detected.
	files := mustGlob(t, filepath.Join(p.dir, "versions", "*.sql"))
	b, _ := os.ReadFile(files[0])
	if err := os.WriteFile(files[0], append(b, []byte("\n-- edited\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ = p.run(2, "check")
	if !strings.Contains(out, "edited after it was applied") {
		t.Errorf("edited revision not reported:\n%s", out)
	}
}

// TestWorkflowDenyHazards checks that revision --autogenerate
// --deny-hazards writes nothing when the upgrade has hazards not allowed,
// and writes the revision when they are.
func TestWorkflowDenyHazards(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TABLE t (id int PRIMARY KEY, old text);\n")
	p.run(0, "revision", "--autogenerate", "-m", "t")
	p.run(0, "upgrade")
	p.model("CREATE TABLE t (id int PRIMARY KEY);\n")
	_, errs := p.run(ExitHazards, "revision", "--autogenerate", "-m", "drop old", "--deny-hazards", "--allow-hazards", "long-lock")
	if !strings.Contains(errs, "retort: 1 hazard(s) not allowed (--allow-hazards names the kinds to let through); no revision written: data-loss: drops column public.t.old") {
		t.Errorf("stderr:\n%s", errs)
	}
	if n := len(mustGlob(t, filepath.Join(p.dir, "versions", "*.sql"))); n != 1 {
		t.Errorf("%d revision files after the refusal, want 1", n)
	}
	p.run(0, "revision", "--autogenerate", "-m", "drop old", "--deny-hazards", "--allow-hazards", "data-loss")
	if n := len(mustGlob(t, filepath.Join(p.dir, "versions", "*.sql"))); n != 2 {
		t.Errorf("%d revision files, want 2", n)
	}
	_, errs = p.run(1, "revision", "-m", "x", "--allow-hazards", "dataloss")
	if !strings.HasPrefix(errs, "retort: --allow-hazards dataloss: not a hazard kind; use data-loss, table-rewrite, long-lock") {
		t.Errorf("bad kind: stderr %q", errs)
	}
}

// TestWorkflowCheckNoRevisions checks that check's JSON report keeps its
// form with no revisions at all: lists are empty, never null.
func TestWorkflowCheckNoRevisions(t *testing.T) {
	p := newTestProject(t, "")
	p.model("")
	out, _ := p.run(0, "check", "--format", "json")
	for _, key := range []string{"current", "heads", "pending", "model_changes", "drift", "edited", "skipped", "plan_errors"} {
		if !strings.Contains(out, `"`+key+`": []`) {
			t.Errorf("%s is not an empty list:\n%s", key, out)
		}
	}
}

// TestWorkflowRefusedChange checks that a model change the plan refuses
// writes no revision and fails check, naming the reason.
func TestWorkflowRefusedChange(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE COLLATION c (locale = 'C');\nCREATE TABLE t (a text COLLATE c);\n")
	p.run(0, "revision", "--autogenerate", "-m", "c")
	p.run(0, "upgrade")

	p.model("CREATE COLLATION c (lc_collate = 'C', lc_ctype = 'POSIX');\nCREATE TABLE t (a text COLLATE c);\n")
	_, errs := p.run(1, "revision", "--autogenerate", "-m", "posix")
	if !strings.HasPrefix(errs, "retort: the upgrade cannot be planned: collation public.c changes") || strings.Count(errs, "\n") != 1 {
		t.Errorf("revision stderr %q: want one line naming the refused change", errs)
	}
	if n := len(mustGlob(t, filepath.Join(p.dir, "versions", "*.sql"))); n != 1 {
		t.Errorf("%d revision files, want the first one only", n)
	}
	out, _ := p.run(2, "check", "--format", "json")
	var rep checkReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("check --format json: %v\n%s", err, out)
	}
	if rep.OK || len(rep.PlanErrors) != 1 || !strings.HasPrefix(rep.PlanErrors[0], "collation public.c changes") {
		t.Errorf("refused change not reported: %+v", rep)
	}
	out, _ = p.run(2, "check")
	if !strings.Contains(out, "FAIL model captured by revisions: 1\n       cannot be planned: collation public.c changes") {
		t.Errorf("check text output:\n%s", out)
	}
}

func TestWorkflowBranchesAndMerge(t *testing.T) {
	p := newTestProject(t, "")
	p.model("")
	p.run(0, "revision", "-m", "root", "--rev-id", "000000000001")
	p.run(0, "revision", "-m", "left", "--rev-id", "00000000000a", "--head", "000000000001")
	p.run(0, "revision", "-m", "right", "--rev-id", "00000000000b", "--head", "000000000001", "--splice")
	_, errs := p.run(1, "upgrade", "head")
	if !strings.Contains(errs, "00000000000a") || !strings.Contains(errs, "00000000000b") {
		t.Errorf("upgrade head with two heads should name them: %s", errs)
	}
	out, _ := p.run(0, "heads")
	if strings.Count(out, "(head)") != 2 {
		t.Errorf("heads:\n%s", out)
	}
	out, _ = p.run(0, "branches")
	if !strings.Contains(out, "000000000001") || !strings.Contains(out, "-> 00000000000a") {
		t.Errorf("branches:\n%s", out)
	}
	p.run(0, "upgrade", "heads")
	if got := p.versionTable(); got != "00000000000a,00000000000b" {
		t.Errorf("version table with two heads: %q", got)
	}
	p.run(0, "merge", "-m", "join", "heads", "--rev-id", "00000000000c")
	p.run(0, "upgrade", "head")
	if got := p.versionTable(); got != "00000000000c" {
		t.Errorf("version table after the merge: %q", got)
	}
}

func TestWorkflowStamp(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TABLE t (id int);\n")
	p.run(0, "revision", "--autogenerate", "-m", "t", "--rev-id", "111111111111", "--from-revisions")
	pgtest.Exec(t, p.url, "CREATE TABLE t (id int)") // the schema exists already: a baseline
	p.run(0, "stamp", "head")
	if got := p.versionTable(); got != "111111111111" {
		t.Errorf("after stamp head: %q", got)
	}
	if got := p.query("SELECT operation FROM retort_version_history"); got != "stamp" {
		t.Errorf("history after stamp: %q", got)
	}
	pgtest.Exec(t, p.url, "INSERT INTO retort_version VALUES ('bogus')")
	p.run(0, "stamp", "head", "--purge")
	if got := p.versionTable(); got != "111111111111" {
		t.Errorf("after stamp --purge: %q", got)
	}
}

// TestWorkflowOffline checks that the --sql script, applied with psql,
// gives the same schema and version table as the online upgrade.
func TestWorkflowOffline(t *testing.T) {
	p := newTestProject(t, "")
	p.model("CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (id int PRIMARY KEY, m mood);\n")
	p.run(0, "revision", "--autogenerate", "-m", "one", "--from-revisions", "--rev-id", "a00000000001")
	p.model("CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (id int PRIMARY KEY, m mood, n text);\nCREATE INDEX t_n ON t (n);\n")
	p.run(0, "revision", "--autogenerate", "-m", "two", "--from-revisions", "--rev-id", "a00000000002")
	script, _ := p.run(0, "upgrade", "head", "--sql")

	offline := pgtest.NewDatabase(t)
	cmd := exec.Command("psql", offline, "-X", "-q", "-v", "ON_ERROR_STOP=1")
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("psql: %v\n%s\n--- script ---\n%s", err, out, script)
	}
	p.run(0, "upgrade", "head")
	online := p.url
	fp := func(url string) string {
		out, err := exec.Command("psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f",
			filepath.Join("..", "..", "..", "shared", "tools", "catalog-fingerprint.sql")).CombinedOutput()
		if err != nil {
			t.Fatalf("fingerprint: %v\n%s", err, out)
		}
		return string(out)
	}
	if a, b := fp(online), fp(offline); a != b {
		t.Errorf("offline and online schemas differ:\n%s\n---\n%s", a, b)
	}
	p.url = offline
	if got := p.versionTable(); got != "a00000000002" {
		t.Errorf("offline version table: %q", got)
	}
}

// TestWorkflowBadInput checks that each bad input gives one line naming
// the file and line (or the object), exit 1, and leaves the database alone.
func TestWorkflowBadInput(t *testing.T) {
	good := "-- retort revision\n-- Revision: 000000000001\n-- Parents:\n-- Message: one\n-- Created: 2024-04-01T17:18:00Z\n\n-- +retort upgrade\nCREATE TABLE one (id int);\n\n-- +retort downgrade\nDROP TABLE one;\n"
	rev := func(id, parents string) string {
		return strings.NewReplacer("000000000001", id, "-- Parents:", "-- Parents: "+parents).Replace(good)
	}
	tests := []struct {
		name   string
		files  map[string]string
		config string
		args   []string
		want   string
	}{
		{"malformed header", map[string]string{"a.sql": strings.Replace(good, "-- Message: one", "-- Mesage: one", 1)},
			"", []string{"upgrade"}, `a\.sql:4: .*Mesage`},
		{"duplicate ids", map[string]string{"a.sql": good, "b.sql": good}, "", []string{"upgrade"}, `versions/b\.sql: revision id 000000000001 is also declared by versions/a\.sql`},
		{"missing parent", map[string]string{"a.sql": rev("000000000002", "0000000000ff")}, "", []string{"upgrade"}, `0000000000ff`},
		{"cycle", map[string]string{"a.sql": rev("000000000002", "000000000003"), "b.sql": rev("000000000003", "000000000002")},
			"", []string{"upgrade"}, `cycle`},
		{"unknown target", map[string]string{"a.sql": good}, "", []string{"upgrade", "123456789abc"}, `123456789abc`},
		{"ambiguous target", map[string]string{"a.sql": good, "b.sql": rev("000000000002", "000000000001")}, "", []string{"upgrade", "0000"}, `0000.*ambiguous|ambiguous.*0000`},
		{"unknown config key", map[string]string{"a.sql": good}, "colour: blue\n", []string{"upgrade"}, `retort\.yaml:\d+:\d+: .*colour`},
		{"missing variable", map[string]string{"a.sql": good}, "user_version: \"${RETORT_TEST_UNSET_VAR}\"\n", []string{"upgrade"}, `retort\.yaml:\d+:\d+: .*RETORT_TEST_UNSET_VAR`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestProject(t, tt.config)
			for name, body := range tt.files {
				writeFile(t, filepath.Join(p.dir, "versions"), name, body)
			}
			code, out, errs := run(t, append([]string{"-c", filepath.Join(p.dir, "retort.yaml")}, tt.args...)...)
			if code != ExitError {
				t.Errorf("exit %d, want 1 (stdout %q)", code, out)
			}
			if strings.Count(errs, "\n") != 1 || !regexp.MustCompile(tt.want).MatchString(errs) {
				t.Errorf("stderr %q: want one line matching %s", errs, tt.want)
			}
			if got := p.query("SELECT count(*)::text FROM pg_tables WHERE schemaname = 'public'"); got != "0" {
				t.Errorf("database touched: %s tables", got)
			}
		})
	}
}

// TestMain re-executes the test binary as the retort command when
// RETORT_TEST_RUN_CLI is set, so process-level tests (concurrency, kill)
// run real retort processes.
func init() {
	if os.Getenv("RETORT_TEST_RUN_CLI") == "1" {
		os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
}

// retortProcess returns a command that runs retort (this test binary in CLI
// mode) with args.
func retortProcess(t *testing.T, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "RETORT_TEST_RUN_CLI=1")
	return cmd
}

func TestWorkflowConcurrentUpgrade(t *testing.T) {
	p := newTestProject(t, "")
	p.writeChain("c0000000000", "CREATE TABLE a (id int)", "SELECT pg_sleep(0.3); CREATE TABLE b (id int)", "CREATE TABLE c (id int)")
	var wg sync.WaitGroup
	errs := make([]string, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := retortProcess(t, "-c", filepath.Join(p.dir, "retort.yaml"), "upgrade", "head").CombinedOutput()
			if err != nil {
				errs[i] = fmt.Sprintf("process %d: %v\n%s", i, err, out)
			}
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Error(e)
		}
	}
	if got := p.query("SELECT revision FROM retort_version_history ORDER BY id"); got != "c00000000001,c00000000002,c00000000003" {
		t.Errorf("history after 8 concurrent upgrades: %q (want each revision exactly once)", got)
	}
	if got := p.versionTable(); got != "c00000000003" {
		t.Errorf("version table: %q", got)
	}
}

// TestWorkflowKilled kills retort (SIGKILL) in the middle of a long revision:
// the database stays at the previous revision, and a second run completes.
func TestWorkflowKilled(t *testing.T) {
	p := newTestProject(t, "")
	p.writeChain("d0000000000", "CREATE TABLE first (id int)", "CREATE TABLE second (id int); SELECT pg_sleep(3)")
	cmd := retortProcess(t, "-c", filepath.Join(p.dir, "retort.yaml"), "upgrade", "head")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for p.query("SELECT count(*)::text FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3)%' AND pid <> pg_backend_pid()") == "0" {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the long revision never started")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	// The server notices the dead client; wait until its session is gone.
	for p.query("SELECT count(*)::text FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3)%' AND pid <> pg_backend_pid()") != "0" {
		if time.Now().After(deadline) {
			t.Fatal("the killed session never ended")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := p.versionTable(); got != "d00000000001" {
		t.Errorf("version table after kill: %q, want the previous revision", got)
	}
	if got := p.tables(); got != "public.first" {
		t.Errorf("tables after kill: %q", got)
	}
	p.run(0, "upgrade", "head")
	if got := p.versionTable(); got != "d00000000002" {
		t.Errorf("version table after the second run: %q", got)
	}
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(m)
	return m
}

// TestWorkflowEnvironments runs the multi template: two environments, each
// with its own model, versions and version table schema, in one database.
func TestWorkflowEnvironments(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "proj")
	if code, _, errs := run(t, "init", dir, "--template", "multi"); code != 0 {
		t.Fatalf("init: %s", errs)
	}
	db := pgtest.NewDatabase(t)
	t.Setenv("APP_DATABASE_URL", db)
	t.Setenv("BILLING_DATABASE_URL", db)
	t.Setenv("RETORT_DEV_URL", pgtest.ServerURL(t))
	writeFile(t, filepath.Join(dir, "app", "public"), "schema.sql", "CREATE TABLE accounts (id int PRIMARY KEY);\n")
	writeFile(t, filepath.Join(dir, "billing", "billing"), "schema.sql", "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id int PRIMARY KEY);\n")
	p := &testProject{t: t, dir: dir, url: db}
	for _, env := range []string{"app", "billing"} {
		p.run(0, "-e", env, "revision", "--autogenerate", "-m", env)
		p.run(0, "-e", env, "upgrade")
	}
	for _, env := range []string{"app", "billing"} {
		p.run(0, "-e", env, "check")
	}
	if got := p.tables(); got != "billing.invoices,public.accounts" {
		t.Errorf("tables: %q", got)
	}
	if got := p.query("SELECT schemaname FROM pg_tables WHERE tablename = 'retort_version' ORDER BY 1"); got != "billing,public" {
		t.Errorf("version tables in schemas %q", got)
	}
	for _, env := range []string{"billing", "app"} {
		p.run(0, "-e", env, "downgrade", "base")
	}
	if got := p.tables(); got != "" {
		t.Errorf("tables after downgrade base: %q", got)
	}
}

// TestWorkflowOptions covers the config keys and flags the other workflow
// tests leave out: a model command, several versions directories, no
// history table, user_version, branch labels, depends-on, --allow-empty,
// show, history -r and -i, current -v, and a database given by PG*
// variables instead of url.
func TestWorkflowOptions(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeFile(t, dir, "model.sql", "CREATE TABLE t (id int);\n")
	writeFile(t, dir, "retort.yaml", fmt.Sprintf(`url: %q
dev_url: %q
model: {command: "cat model.sql"}
versions: [main, extra]
file_template: "{rev}"
history_table: "off"
version_table: my_versions
user_version: "${RETORT_TEST_GIT_SHA:-none}"
`, db, pgtest.ServerURL(t)))
	t.Setenv("RETORT_TEST_GIT_SHA", "abc123")
	p := &testProject{t: t, dir: dir, url: db}
	p.run(0, "revision", "--autogenerate", "-m", "t", "--rev-id", "e00000000001", "--branch-label", "core")
	if _, err := os.Stat(filepath.Join(dir, "main", "e00000000001.sql")); err != nil {
		t.Fatalf("revision not in the first versions directory: %v", err)
	}
	p.run(0, "revision", "-m", "side", "--rev-id", "e00000000002", "--head", "base", "--version-path", filepath.Join(dir, "extra"), "--depends-on", "core@head")
	p.run(0, "upgrade", "e00000000001")
	out, _ := p.run(0, "revision", "--autogenerate", "-m", "empty", "--rev-id", "e00000000003", "--head", "core@head", "--allow-empty")
	if !strings.Contains(out, "e00000000003.sql") {
		t.Errorf("--allow-empty wrote nothing: %s", out)
	}
	p.run(0, "upgrade", "heads")
	if got := p.query("SELECT version_num FROM my_versions ORDER BY 1"); got != "e00000000002,e00000000003" {
		t.Errorf("version table: %q", got)
	}
	if got := p.query("SELECT count(*)::text FROM pg_tables WHERE tablename = 'retort_version_history'"); got != "0" {
		t.Errorf("history table exists although history_table is off")
	}
	out, _ = p.run(0, "show", "e00000000002")
	if !strings.Contains(out, "Depends on: e00000000001") || !strings.Contains(out, "-- upgrade") {
		t.Errorf("show:\n%s", out)
	}
	out, _ = p.run(0, "history", "-r", "e00000000001:e00000000003", "-i")
	if want := "e00000000001 -> e00000000003 (head) (current), empty\n<base> -> e00000000001 (core), t\n"; out != want {
		t.Errorf("history -r -i:\n%s\nwant:\n%s", out, want)
	}
	out, _ = p.run(0, "current", "-v")
	if !strings.Contains(out, "Rev: e00000000002 (head)") || !strings.Contains(out, "Path: extra/e00000000002.sql") {
		t.Errorf("current -v:\n%s", out)
	}

	// No url: libpq's PG* variables choose the database.
	u, err := url.Parse(db)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "retort.yaml", fmt.Sprintf("dev_url: %q\nmodel: model.sql\nversions: [main, extra]\nversion_table: my_versions\nhistory_table: \"off\"\n", pgtest.ServerURL(t)))
	t.Setenv("PGHOST", u.Hostname())
	t.Setenv("PGPORT", u.Port())
	t.Setenv("PGUSER", u.User.Username())
	t.Setenv("PGDATABASE", strings.TrimPrefix(u.Path, "/"))
	out, _ = p.run(0, "current")
	if !strings.Contains(out, "e00000000002") || !strings.Contains(out, "e00000000003") {
		t.Errorf("current through PG* variables:\n%s", out)
	}
}
