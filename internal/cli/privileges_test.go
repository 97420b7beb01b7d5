package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
)

// createTestRoles creates the roles the privilege tests grant to; roles are
// cluster-wide, so this is idempotent and safe in parallel.
func createTestRoles(t *testing.T) {
	t.Helper()
	pgtest.Exec(t, pgtest.NewDatabase(t), `
DO $$ BEGIN CREATE ROLE retort_t_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE retort_t_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;`)
}

func TestDiffPrivileges(t *testing.T) {
	createTestRoles(t)
	dir := t.TempDir()
	dev := pgtest.ServerURL(t)
	a := writeFile(t, dir, "a.sql", "CREATE TABLE t (id int);\n")
	b := writeFile(t, dir, "b.sql", "CREATE TABLE t (id int);\nGRANT SELECT ON t TO retort_t_reader;\nALTER TABLE t OWNER TO retort_t_owner;\n")

	code, out, errs := run(t, "diff", "--from", a, "--to", b, "--dev-url", dev, "--exit-code")
	if code != 0 || out != "-- no changes\n" {
		t.Errorf("without --privileges: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "diff", "--from", a, "--to", b, "--dev-url", dev, "--privileges", "--exit-code")
	want := "ALTER TABLE public.t OWNER TO retort_t_owner;\nGRANT SELECT ON TABLE public.t TO retort_t_reader;\n"
	if code != ExitDifferent || out != want {
		t.Errorf("with --privileges: exit %d, want %d\ngot:\n%s\nwant:\n%s%s", code, ExitDifferent, out, want, errs)
	}
}

func TestInspectPrivileges(t *testing.T) {
	createTestRoles(t)
	dir := t.TempDir()
	dev := pgtest.ServerURL(t)
	src := writeFile(t, dir, "schema.sql", `CREATE SCHEMA app AUTHORIZATION retort_t_owner;
CREATE TABLE app.t (id int, note text);
GRANT SELECT, UPDATE (note) ON app.t TO retort_t_reader;
CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION public.f() FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner IN SCHEMA app GRANT SELECT ON TABLES TO retort_t_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE retort_t_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
`)
	code, out, errs := run(t, "inspect", src, "--dev-url", dev)
	if code != 0 || strings.Contains(out, "privileges:") {
		t.Errorf("without --privileges: exit %d, privileges written:\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "inspect", src, "--dev-url", dev, "--privileges")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, want := range []string{"privileges:\n", "owner: retort_t_owner", "note: {grants: {retort_t_reader: [update]}}",
		"revokes: {public: [execute]}", "in_schema: app"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect --privileges lacks %q:\n%s", want, out)
		}
	}

	// Every format reads back as the same schema, privileges included.
	outDir := filepath.Join(dir, "model") + "/"
	if code, _, errs := run(t, "inspect", src, "--dev-url", dev, "--privileges", "-o", outDir); code != 0 {
		t.Fatalf("inspect -o %s: exit %d\n%s", outDir, code, errs)
	}
	for _, f := range []string{"app.yaml", "public.yaml"} {
		b, err := os.ReadFile(filepath.Join(outDir, f))
		if err != nil || !strings.Contains(string(b), "privileges:") {
			t.Errorf("%s: %v\n%s", f, err, b)
		}
	}
	sqlOut := filepath.Join(dir, "out.sql")
	if code, _, errs := run(t, "inspect", src, "--dev-url", dev, "--privileges", "--format", "sql", "-o", sqlOut); code != 0 {
		t.Fatalf("inspect --format sql: exit %d\n%s", code, errs)
	}
	// A table left out takes its privileges with it: the YAML reads back.
	partial := filepath.Join(dir, "partial.yaml")
	if code, _, errs := run(t, "inspect", src, "--dev-url", dev, "--privileges", "--exclude", "t", "-o", partial); code != 0 {
		t.Fatalf("inspect --exclude t: exit %d\n%s", code, errs)
	}
	if code, out, errs := run(t, "inspect", partial, "--dev-url", dev, "--privileges"); code != 0 || strings.Contains(out, "tables:") {
		t.Errorf("inspect of the partial model: exit %d\n%s%s", code, out, errs)
	}
	for _, other := range []string{outDir, sqlOut} {
		code, out, errs := run(t, "diff", "--from", src, "--to", other, "--dev-url", dev, "--privileges", "--exit-code")
		if code != 0 {
			t.Errorf("%s differs from its source: exit %d\n%s%s", other, code, out, errs)
		}
	}
}

// TestWorkflowPrivileges: with privileges: true in retort.yaml (or
// --privileges), revisions carry the model's privileges and check reports
// privileges granted by hand; without, they are left out.
func TestWorkflowPrivileges(t *testing.T) {
	createTestRoles(t)
	p := newTestProject(t, "privileges: true\n")
	p.model("CREATE TABLE t (id int);\nGRANT SELECT ON t TO retort_t_reader;\n")
	p.run(0, "revision", "--autogenerate", "-m", "t", "--rev-id", "aaaaaaaaaaaa")
	rev, err := os.ReadFile(filepath.Join(p.dir, "versions", "aaaaaaaaaaaa_t.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(rev), "GRANT SELECT ON TABLE public.t TO retort_t_reader;") {
		t.Errorf("revision lacks the grant:\n%s", rev)
	}
	p.run(0, "upgrade")
	p.run(0, "check")
	if got := p.query("SELECT array_to_string(relacl, ',') FROM pg_class WHERE relname = 't'"); !strings.Contains(got, "retort_t_reader=r/") {
		t.Errorf("grant not applied: %s", got)
	}

	pgtest.Exec(t, p.url, "GRANT INSERT ON t TO retort_t_reader")
	out, _ := p.run(2, "check", "--format", "json")
	var rep checkReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	// The fix for a grant made by hand revokes it.
	if len(rep.Drift) != 1 || rep.Drift[0].Op != "RevokePrivileges" || !strings.Contains(strings.Join(rep.Drift[0].SQL, "\n"), "REVOKE INSERT ON TABLE public.t FROM retort_t_reader") {
		t.Errorf("drift not reported as the REVOKE that undoes it: %+v", rep)
	}

	// The same project without the config key: privileges only with the
	// flag.
	writeFile(t, p.dir, "retort.yaml", strings.Replace(mustReadString(t, filepath.Join(p.dir, "retort.yaml")), "privileges: true\n", "", 1))
	p.run(0, "check")
	p.run(2, "check", "--privileges")
	pgtest.Exec(t, p.url, "REVOKE INSERT ON t FROM retort_t_reader")
	p.model("CREATE TABLE t (id int);\n")
	out, _ = p.run(0, "revision", "--autogenerate", "-m", "none", "--rev-id", "bbbbbbbbbbbb")
	if !strings.Contains(out, "No changes") {
		t.Errorf("without privileges, a revoke made a revision:\n%s", out)
	}
	p.run(0, "revision", "--autogenerate", "-m", "revoke", "--rev-id", "cccccccccccc", "--privileges")
	rev, err = os.ReadFile(filepath.Join(p.dir, "versions", "cccccccccccc_revoke.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(rev), "REVOKE SELECT ON TABLE public.t FROM retort_t_reader;") {
		t.Errorf("revision lacks the revoke:\n%s", rev)
	}
}

func mustReadString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
