package cli

import (
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
)

// awkwardSchemas are schema names that, used as file names, would leave
// the output directory, open a subdirectory, name the directory itself, or
// collide on a case-insensitive file system.
var awkwardSchemas = []string{"../x", "../../escaped", "a/b", "..", ".", "Sales", "sales", "con"}

// TestInspectPathsConfined checks that inspect -o DIR/ writes every file
// inside DIR, one per schema whatever its name, and that the directory
// reads back as the database's model.
func TestInspectPathsConfined(t *testing.T) {
	db := pgtest.NewDatabase(t)
	var sql strings.Builder
	for _, s := range awkwardSchemas {
		q := `"` + s + `"`
		sql.WriteString("CREATE SCHEMA " + q + ";\nCREATE TABLE " + q + ".t (id int PRIMARY KEY, note text);\n")
	}
	pgtest.Exec(t, db, sql.String())

	// DIR is two levels down in a directory of the test's own, so that
	// anything written beside it, or above it, shows.
	top := t.TempDir()
	dir := filepath.Join(top, "project", "model")
	code, out, errs := run(t, "inspect", db, "--format", "yaml", "-o", dir+"/")
	if code != 0 {
		t.Fatalf("inspect: exit %d\n%s%s", code, out, errs)
	}
	names := []string{
		"%2E%2E%2F%2E%2E%2Fescaped.yaml", "%2E%2E%2Fx.yaml", "%2E%2E.yaml", "%2E.yaml", "%53ales.yaml",
		"%63on.yaml", "a%2Fb.yaml", "public.yaml", "sales.yaml",
	}
	var want []string
	for _, name := range names {
		want = append(want, "project/model/"+name)
	}
	if d := cmp.Diff(want, filesUnder(t, top)); d != "" {
		t.Errorf("files written (-want +got)\n%s", d)
	}
	folded := map[string]string{}
	for _, name := range names {
		if other, ok := folded[strings.ToLower(name)]; ok {
			t.Errorf("%s and %s collide on a case-insensitive file system", other, name)
		}
		folded[strings.ToLower(name)] = name
	}
	dev := pgtest.ServerURL(t)
	if code, out, errs := run(t, "diff", "--from", db, "--to", dir, "--dev-url", dev, "--exit-code"); code != 0 {
		t.Errorf("database vs its split YAML model: exit %d\n%s%s", code, out, errs)
	}

	// A second run rewrites the same files, and names a file it did not
	// write, which the loader would read too.
	writeFile(t, dir, "old.yaml", "schemas: [gone]\n")
	if code, _, errs := run(t, "inspect", db, "--format", "yaml", "-o", dir); code != 0 ||
		!strings.Contains(errs, "retort: warning: "+filepath.Join(dir, "old.yaml")+" is not a schema of this inspect") {
		t.Errorf("inspect over an old model: exit %d, stderr:\n%s", code, errs)
	}
	os.Remove(filepath.Join(dir, "old.yaml"))

	// SQL and Go into a directory are one file each, inside it; the SQL
	// quotes the names well enough to load back.
	for _, format := range []string{"sql", "go"} {
		out := filepath.Join(top, format) + "/"
		if code, _, errs := run(t, "inspect", db, "--format", format, "-o", out); code != 0 {
			t.Fatalf("inspect --format %s: %s", format, errs)
		}
	}
	want = append([]string{"go/model.go"}, append(want, "sql/schema.sql")...)
	if d := cmp.Diff(want, filesUnder(t, top)); d != "" {
		t.Errorf("files written (-want +got)\n%s", d)
	}
	empty := pgtest.NewDatabase(t)
	if b, err := exec.Command("psql", empty, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", filepath.Join(top, "sql", "schema.sql")).CombinedOutput(); err != nil {
		t.Fatalf("psql -f schema.sql: %v\n%s", err, b)
	}
	if code, out, errs := run(t, "diff", "--from", db, "--to", empty, "--exit-code"); code != 0 {
		t.Errorf("database vs its SQL loaded with psql: exit %d\n%s%s", code, out, errs)
	}

	// A symbolic link in DIR that points outside it is not followed.
	linked := filepath.Join(top, "linked")
	if err := os.MkdirAll(linked, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(top, "outside.yaml"), filepath.Join(linked, "public.yaml")); err != nil {
		t.Fatal(err)
	}
	code, _, errs = run(t, "inspect", db, "--format", "yaml", "-o", linked)
	if code != ExitError || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, filepath.Join(linked, "public.yaml")) {
		t.Errorf("inspect into a directory with a link out of it: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Lstat(filepath.Join(top, "outside.yaml")); err == nil {
		t.Errorf("inspect wrote through the link, outside its directory")
	}
}

// filesUnder lists the files below top as slash-separated paths relative
// to it, sorted.
func filesUnder(t *testing.T, top string) []string {
	t.Helper()
	var got []string
	err := filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(top, path)
		got = append(got, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	return got
}

// TestSchemaFileName checks the file names of a split model: plain names
// stay as they are, others are percent-encoded, and the names of distinct
// schemas differ even when case is ignored.
func TestSchemaFileName(t *testing.T) {
	tests := []struct{ schema, want string }{
		{"public", "public.yaml"},
		{"app_2", "app_2.yaml"},
		{"Sales", "%53ales.yaml"},
		{"sales", "sales.yaml"},
		{"my-app", "my%2Dapp.yaml"},
		{"café", "caf%C3%A9.yaml"},
		{`a\b`, "a%5Cb.yaml"},
		{"100%", "100%25.yaml"},
		{"nul", "%6Eul.yaml"},
		{"lpt1", "%6Cpt1.yaml"},
		{"com10", "com10.yaml"},
	}
	folded := map[string]string{}
	for _, tt := range tests {
		got := schemaFileName(tt.schema)
		if got != tt.want {
			t.Errorf("schemaFileName(%q) = %q, want %q", tt.schema, got, tt.want)
		}
		if other, ok := folded[strings.ToLower(got)]; ok {
			t.Errorf("%q and %q share a file name on a case-insensitive file system", other, tt.schema)
		}
		folded[strings.ToLower(got)] = tt.schema
		if back, err := url.PathUnescape(strings.TrimSuffix(got, ".yaml")); err != nil || back != tt.schema {
			t.Errorf("%q decodes to %q (%v)", got, back, err)
		}
	}
}
