package interop_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/cli"
	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/internal/pgtest"
)

// retort runs the CLI in-process and fails the test unless it exits 0.
func retort(t *testing.T, args ...string) string {
	t.Helper()
	var out, errs bytes.Buffer
	if code := cli.Run(args, strings.NewReader(""), &out, &errs); code != 0 {
		t.Fatalf("retort %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errs.String())
	}
	return out.String()
}

// runByRunner migrates a new database up with the runner's own library
// from dir.
func runByRunner(t *testing.T, f interop.Format, dir string) string {
	t.Helper()
	url := pgtest.NewDatabase(t)
	runnerMove(t, f, dir, url, true)
	return url
}

// TestImportRoundTrip imports a golang-migrate and a goose directory,
// upgrades a database with retort and requires the catalog the runner
// itself makes; then stamps the runner's database from its version table
// and requires retort check to find nothing: no pending revision, no
// drift, no model change.
func TestImportRoundTrip(t *testing.T) {
	for _, f := range []interop.Format{interop.GolangMigrate, interop.Goose} {
		t.Run(string(f), func(t *testing.T) {
			t.Parallel()
			src, err := filepath.Abs(filepath.Join("testdata", "import", string(f)))
			if err != nil {
				t.Fatal(err)
			}
			byRunner := runByRunner(t, f, src)
			table := f.VersionTable()

			project := t.TempDir()
			byRetort := pgtest.NewDatabase(t)
			cfg := filepath.Join(project, "retort.yaml")
			writeConfig := func(url string) {
				body := fmt.Sprintf("url: %q\ndev_url: %q\nmodel: model.sql\nversions: versions\nexclude_tables: [%s]\n", url, pgtest.ServerURL(t), table)
				if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			writeConfig(byRetort)
			if err := os.MkdirAll(filepath.Join(project, "versions"), 0o755); err != nil {
				t.Fatal(err)
			}
			out := retort(t, "-c", cfg, "import", "--format", string(f), src)
			if !strings.HasPrefix(out, "Imported 3 "+string(f)+" migration(s)") {
				t.Errorf("import: %q", out)
			}
			retort(t, "-c", cfg, "upgrade", "head")
			if d := cmp.Diff(fingerprint(t, byRunner, table), fingerprint(t, byRetort, "")); d != "" {
				t.Fatalf("retort upgrade head of the imported revisions differs from %s's own run (-%s +retort):\n%s", f, f, d)
			}
			// The model is the schema retort built; the runner's database
			// is then stamped from its version table and checked.
			retort(t, "inspect", byRetort, "--format", "sql", "-o", filepath.Join(project, "model.sql"))
			writeConfig(byRunner)
			out = retort(t, "-c", cfg, "stamp", "--from-runner", string(f))
			want := "stamp base -> v3\n"
			if f == interop.Goose {
				want = "stamp base -> v20240102091000\n"
			}
			if out != want {
				t.Errorf("stamp --from-runner: %q, want %q", out, want)
			}
			retort(t, "-c", cfg, "check")
			// The check reads this database: a table made by hand is drift.
			pgtest.Exec(t, byRunner, "CREATE TABLE by_hand (id int)")
			var stdout, errs bytes.Buffer
			if code := cli.Run([]string{"-c", cfg, "check"}, strings.NewReader(""), &stdout, &errs); code != cli.ExitDifferent || !strings.Contains(stdout.String(), "by_hand") {
				t.Errorf("check after a table made by hand: exit %d, want %d naming by_hand\n%s%s", code, cli.ExitDifferent, stdout.String(), errs.String())
			}
		})
	}
}

// TestAutogenerateIntoRunner puts retort in front of goose: with
// versions_format: goose, revision --autogenerate writes the change as the
// next goose migration, goose applies the whole directory to the model's
// schema, and retort's own upgrade refuses to run goose's migrations.
func TestAutogenerateIntoRunner(t *testing.T) {
	project := t.TempDir()
	versions := filepath.Join(project, "migrations")
	if err := os.CopyFS(versions, os.DirFS(filepath.Join("testdata", "import", "goose"))); err != nil {
		t.Fatal(err)
	}
	// The model: what the three goose migrations make, and a new column.
	model := "CREATE TYPE mood AS ENUM ('happy', 'sad');\n" +
		"CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, mood mood DEFAULT 'happy', nickname text);\n" +
		"CREATE FUNCTION touch_email(u users) RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN lower(u.email);\nEND;\n$$;\n" +
		"CREATE INDEX users_lower_email ON users (lower(email));\nCREATE INDEX users_mood ON users (mood);\n"
	if err := os.WriteFile(filepath.Join(project, "model.sql"), []byte(model), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(project, "retort.yaml")
	body := fmt.Sprintf("dev_url: %q\nmodel: model.sql\nversions: migrations\nversions_format: goose\n", pgtest.ServerURL(t))
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1717236000") // 2024-06-01 10:00:00 UTC
	out := retort(t, "-c", cfg, "revision", "--autogenerate", "-m", "add nickname")
	file := filepath.Join(versions, "20240102091001_add_nickname.sql")
	if out != "Generated "+file+"\n" {
		t.Fatalf("revision: %q", out)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "-- +goose Up\nALTER TABLE public.users ADD COLUMN nickname text;\n\n-- +goose Down\n") {
		t.Errorf("the new goose migration:\n%s", data)
	}
	// goose runs the directory; the result is the model.
	byGoose := runByRunner(t, interop.Goose, versions)
	want := pgtest.NewDatabase(t)
	pgtest.Exec(t, want, model)
	if d := cmp.Diff(fingerprint(t, want, ""), fingerprint(t, byGoose, "goose_db_version")); d != "" {
		t.Errorf("goose up of the directory differs from the model (-model +goose):\n%s", d)
	}
	// Nothing left to generate; retort's runner stays out of goose's way.
	if out := retort(t, "-c", cfg, "revision", "--autogenerate", "-m", "again"); !strings.HasPrefix(out, "No changes in schema detected") {
		t.Errorf("second revision: %q", out)
	}
	var stdout, errs bytes.Buffer
	code := cli.Run([]string{"-c", cfg, "upgrade", "head"}, strings.NewReader(""), &stdout, &errs)
	if code != cli.ExitError || !strings.Contains(errs.String(), "versions_format is goose, so goose runs these migrations") {
		t.Errorf("upgrade with versions_format goose: exit %d, stderr %q", code, errs.String())
	}
}
