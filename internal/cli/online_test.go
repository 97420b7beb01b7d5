package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWorkflowOnline checks revision --autogenerate in online mode set by
// retort.yaml: the revision runs outside a transaction, sets the timeouts
// around its SQL, builds and drops the index CONCURRENTLY, and upgrades and
// downgrades a database that holds rows.
func TestWorkflowOnline(t *testing.T) {
	p := newTestProject(t, "online: true\nstatement_timeout: 30min\n")
	p.model("CREATE TABLE t (id int PRIMARY KEY, email text);\n")
	p.run(0, "revision", "--autogenerate", "-m", "t", "--rev-id", "a1")
	p.run(0, "upgrade")
	p.query("INSERT INTO t SELECT g, 'u' || g FROM generate_series(1, 1000) g")

	p.model("CREATE TABLE t (id int PRIMARY KEY, email text NOT NULL);\nCREATE INDEX t_email_idx ON t (email);\n")
	p.run(0, "revision", "--autogenerate", "-m", "email", "--rev-id", "b2")
	b, err := os.ReadFile(filepath.Join(p.dir, "versions", "b2_email.sql"))
	if err != nil {
		t.Fatal(err)
	}
	rev := string(b)
	for _, want := range []string{
		"-- Transaction: false\n",
		"SET lock_timeout = '5s';\nSET statement_timeout = '30min';\n",
		"CREATE INDEX CONCURRENTLY t_email_idx ON public.t (email);\n",
		"ALTER TABLE public.t VALIDATE CONSTRAINT t_email_retort_not_null;\n",
		"DROP INDEX CONCURRENTLY public.t_email_idx;\n",
		"RESET lock_timeout;\nRESET statement_timeout;\n",
	} {
		if !strings.Contains(rev, want) {
			t.Errorf("revision lacks %q:\n%s", want, rev)
		}
	}
	if strings.Contains(rev, "-- hazard") {
		t.Errorf("online revision has hazards:\n%s", rev)
	}
	p.run(0, "upgrade")
	if got := p.query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 't_email_idx'::regclass"); got != "true" {
		t.Errorf("index valid: %s", got)
	}
	p.run(0, "check")
	// An index left invalid (as a failed concurrent build leaves it) is
	// drift that check reports.
	p.query("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 't_email_idx'::regclass")
	out, _ := p.run(2, "check")
	if !strings.Contains(out, "t_email_idx") {
		t.Errorf("check does not name the invalid index:\n%s", out)
	}
	p.query("UPDATE pg_index SET indisvalid = true WHERE indexrelid = 't_email_idx'::regclass")
	p.run(0, "downgrade", "-1")
	if got := p.query("SELECT count(*)::text FROM pg_indexes WHERE indexname = 't_email_idx'"); got != "0" {
		t.Errorf("index left after downgrade: %s", got)
	}
	if got := p.query("SELECT count(*)::text FROM t"); got != "1000" {
		t.Errorf("rows after downgrade: %s", got)
	}
}

// TestWorkflowHazardGateFromConfig checks deny_hazards and allow_hazards in
// retort.yaml: they gate revision --autogenerate with no flags, and a flag
// overrides the list.
func TestWorkflowHazardGateFromConfig(t *testing.T) {
	p := newTestProject(t, "deny_hazards: true\nallow_hazards: [long-lock]\n")
	p.model("CREATE TABLE t (id int PRIMARY KEY, old text);\n")
	p.run(0, "revision", "--autogenerate", "-m", "t")
	p.run(0, "upgrade")
	p.model("CREATE TABLE t (id int PRIMARY KEY);\n")
	_, errs := p.run(ExitHazards, "revision", "--autogenerate", "-m", "drop old")
	if !strings.Contains(errs, "no revision written: data-loss: drops column public.t.old") {
		t.Errorf("stderr:\n%s", errs)
	}
	p.run(0, "revision", "--autogenerate", "-m", "drop old", "--allow-hazards", "data-loss")
	if n := len(mustGlob(t, filepath.Join(p.dir, "versions", "*.sql"))); n != 2 {
		t.Errorf("%d revision files, want 2", n)
	}
}

// TestDiffOnlineFlags checks diff --online and the timeout flags, and that
// a bad duration is refused with the flag named.
func TestDiffOnlineFlags(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "from.sql", "CREATE TABLE t (id int PRIMARY KEY, a int);\n")
	writeFile(t, dir, "to.sql", "CREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a_idx ON t (a);\n")
	from, to := filepath.Join(dir, "from.sql"), filepath.Join(dir, "to.sql")
	code, out, errs := run(t, "diff", "--from", from, "--to", to, "--online", "--lock-timeout", "2s")
	want := "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY t_a_idx ON public.t (a);\nRESET lock_timeout;\n"
	if code != 0 || out != want {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", code, out, want, errs)
	}
	code, out, _ = run(t, "diff", "--from", from, "--to", to, "--format", "json", "--online")
	if code != 0 || !strings.Contains(out, `"outside_transaction": true`) {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	code, _, errs = run(t, "diff", "--from", from, "--to", to, "--statement-timeout", "soon")
	if code != 1 || errs != "retort: --statement-timeout soon: not a duration; write a whole number with a unit, e.g. 5s, 500ms, 1min\n" {
		t.Errorf("bad duration: exit %d, stderr %q", code, errs)
	}
}
