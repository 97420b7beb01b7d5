package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retortdb/retort/internal/config"
	"github.com/retortdb/retort/internal/interop"
)

// TestExportCommand checks retort export end to end on the worked
// example: the files it writes, and its one-line errors for a bad format,
// a directory that holds files and a range that is not START:END. (The
// exported directories are run by their runners in internal/interop.)
func TestExportCommand(t *testing.T) {
	cfg := filepath.Join("..", "..", "versions_example", "retort.yaml")
	out := filepath.Join(t.TempDir(), "migrations")
	code, stdout, errs := run(t, "-c", cfg, "export", "--format", "golang-migrate", "--out", out)
	if code != 0 || stdout != "Exported 6 revision(s) to "+out+" as golang-migrate (12 files)\n" {
		t.Fatalf("export: exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	up, err := os.ReadFile(filepath.Join(out, "000002_customers.up.sql"))
	if err != nil || !strings.HasPrefix(string(up), "-- retort revision 9c3f2a1d5e60: customers\nCREATE TABLE ecommerce_olist.customers (") {
		t.Errorf("000002_customers.up.sql: %v\n%s", err, up)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "liquibase", "--out", t.TempDir()}, "retort: --format liquibase: not a format; use one of golang-migrate, goose, dbmate, flyway, atlas, alembic\n"},
		{[]string{"--format", "goose", "--out", out}, "retort: --out " + out + ": the directory holds 000001_create_schema_ecommerce_olist.down.sql already; export into a new or empty directory\n"},
		{[]string{"--format", "goose", "--out", t.TempDir(), "head"}, "retort: range head: write it as START:END (e.g. base:head)\n"},
		{[]string{"--format", "alembic", "--out", t.TempDir(), "9c3f2a1d5e60:head"}, "retort: range 9c3f2a1d5e60:head: an alembic export starts at base, since its first revision must have no parent\n"},
	} {
		code, _, errs := run(t, append([]string{"-c", cfg, "export"}, c.args...)...)
		if code != ExitError || errs != c.want {
			t.Errorf("export %s: exit %d, stderr %q; want exit 1, %q", strings.Join(c.args, " "), code, errs, c.want)
		}
	}
}

// TestVersionsFormats keeps the runners versions_format accepts (config,
// which cannot import internal/interop) equal to the formats interop writes.
func TestVersionsFormats(t *testing.T) {
	var names []string
	for _, f := range interop.Formats {
		names = append(names, string(f))
	}
	if strings.Join(names, ",") != strings.Join(config.VersionsFormats, ",") {
		t.Errorf("config.VersionsFormats %v, interop.Formats %v", config.VersionsFormats, names)
	}
}
