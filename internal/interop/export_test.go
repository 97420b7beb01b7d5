package interop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/interop"
	"github.com/retortdb/retort/migrate"
)

// TestFileNames checks each format's layout for a history with a
// revision outside a transaction (split into one migration per statement
// where the runner sends a file as one string) and revisions created out
// of order (versions made increasing).
func TestFileNames(t *testing.T) {
	revs, err := interop.Line(awkwardGraph(t), "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[interop.Format][]string{
		interop.GolangMigrate: {
			"000001_table_and_function.up.sql", "000001_table_and_function.down.sql",
			"000002_indexes_concurrently_part1.up.sql", "000002_indexes_concurrently_part1.down.sql",
			"000003_indexes_concurrently_part2.up.sql", "000003_indexes_concurrently_part2.down.sql",
			"000004_data.up.sql", "000004_data.down.sql"},
		interop.Goose: {"00001_table_and_function.sql", "00002_indexes_concurrently.sql", "00003_data.sql"},
		interop.Dbmate: {"20240501100000_table_and_function.sql", "20240501100001_indexes_concurrently_part1.sql",
			"20240501100002_indexes_concurrently_part2.sql", "20240501100003_data.sql"},
		interop.Flyway: {"V1__table_and_function.sql", "U1__table_and_function.sql",
			"V2__indexes_concurrently.sql", "U2__indexes_concurrently.sql",
			"V2__indexes_concurrently.sql.conf", "U2__indexes_concurrently.sql.conf",
			"V3__data.sql", "U3__data.sql"},
		interop.Atlas: {"20240501100000_table_and_function.sql", "20240501100001_indexes_concurrently.sql",
			"20240501100002_data.sql", "atlas.sum"},
	}
	for f, names := range want {
		files, err := interop.Files(f, revs, interop.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, file := range files {
			got = append(got, file.Name)
		}
		if d := cmp.Diff(names, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", f, d)
		}
	}
}

// TestNoTransactionMarkers checks the marker each format reads to run a
// revision outside a transaction, and that the split parts of golang-migrate
// deal the downgrade statements so that running the downs newest first
// runs them in the revision's order.
func TestNoTransactionMarkers(t *testing.T) {
	revs, err := interop.Line(awkwardGraph(t), "", "")
	if err != nil {
		t.Fatal(err)
	}
	content := func(f interop.Format, name string) string {
		files, err := interop.Files(f, revs, interop.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			if file.Name == name {
				return string(file.Data)
			}
		}
		t.Fatalf("%s: no file %s", f, name)
		return ""
	}
	for _, c := range []struct {
		f          interop.Format
		name, want string
	}{
		{interop.Goose, "00002_indexes_concurrently.sql", "-- +goose NO TRANSACTION\n-- +goose Up\n"},
		{interop.Goose, "00001_table_and_function.sql", "-- +goose StatementBegin\nCREATE FUNCTION f(n int)"},
		{interop.Dbmate, "20240501100001_indexes_concurrently_part1.sql", "-- migrate:up transaction:false\n"},
		{interop.Dbmate, "20240501100001_indexes_concurrently_part1.sql", "-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY t_note;\n"},
		{interop.Flyway, "V2__indexes_concurrently.sql.conf", "executeInTransaction=false\n"},
		{interop.Atlas, "20240501100001_indexes_concurrently.sql", "-- atlas:txmode none\n\n"},
		{interop.GolangMigrate, "000002_indexes_concurrently_part1.down.sql", "DROP INDEX CONCURRENTLY t_note;\n"},
		{interop.GolangMigrate, "000003_indexes_concurrently_part2.down.sql", "DROP INDEX CONCURRENTLY t_id_note;\n"},
		{interop.Alembic, "versions/a2_indexes_concurrently.py", "    with op.get_context().autocommit_block():\n        op.execute(\"\"\"CREATE INDEX CONCURRENTLY t_note ON t (note);\"\"\")\n"},
		{interop.Alembic, "versions/a1_table_and_function.py", `DEFAULT '\\:x and a:b'`},
		{interop.Alembic, "versions/a3_data.py", "revision = 'a3'\ndown_revision = 'a2'\n"},
	} {
		if got := content(c.f, c.name); !strings.Contains(got, c.want) {
			t.Errorf("%s %s lacks %q:\n%s", c.f, c.name, c.want, got)
		}
	}
}

// TestLine checks the ranges a linear format can take and the errors
// that name what to do on a branched history.
func TestLine(t *testing.T) {
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	rev := func(id string, parents ...string) *migrate.Revision {
		return &migrate.Revision{ID: id, Parents: parents, Message: id, Created: at, Upgrade: "SELECT 1;", Downgrade: "SELECT 1;"}
	}
	g, err := migrate.NewGraph([]*migrate.Revision{rev("b1"), rev("b2", "b1"), rev("x3", "b2"), rev("y3", "b2"), rev("m4", "x3", "y3"), rev("b5", "m4")})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(revs []*migrate.Revision) string {
		var out []string
		for _, r := range revs {
			out = append(out, r.ID)
		}
		return strings.Join(out, " ")
	}
	if revs, err := interop.Line(g, "m4", "head"); err != nil || ids(revs) != "b5" {
		t.Errorf("m4:head: %q, %v; want b5", ids(revs), err)
	}
	if revs, err := interop.Line(g, "", "b2"); err != nil || ids(revs) != "b1 b2" {
		t.Errorf("base:b2: %q, %v; want b1 b2", ids(revs), err)
	}
	for _, c := range []struct{ from, to, want string }{
		{"", "", "revision m4 merges x3 and y3; these formats hold one line of revisions: export the range after it (m4:head), or use --format alembic"},
		{"b1", "x3", "revision b2 branches into x3 and y3; these formats hold one line of revisions: merge the branches first"},
		{"b5", "b2", "revision b5 is not an ancestor of b2"},
	} {
		if _, err := interop.Line(g, c.from, c.to); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s:%s: error %v; want one containing %q", c.from, c.to, err, c.want)
		}
	}
	if _, err := interop.ParseFormat("liquibase"); err == nil || err.Error() != "--format liquibase: not a format; use one of golang-migrate, goose, dbmate, flyway, atlas, alembic" {
		t.Errorf("ParseFormat(liquibase): %v", err)
	}
}

// TestAtlasSum compares the atlas.sum of the worked example with a golden
// file that Atlas's own library (ariga.io/atlas/sql/migrate v0.32.1,
// migrate.Validate on the exported directory) accepted.
func TestAtlasSum(t *testing.T) {
	revs, err := interop.Line(exampleGraph(t), "", "")
	if err != nil {
		t.Fatal(err)
	}
	files, err := interop.Files(interop.Atlas, revs, interop.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "versions_example.atlas.sum"))
	if err != nil {
		t.Fatal(err)
	}
	last := files[len(files)-1]
	if last.Name != "atlas.sum" {
		t.Fatalf("last file %s, want atlas.sum", last.Name)
	}
	if d := cmp.Diff(string(want), string(last.Data)); d != "" {
		t.Errorf("atlas.sum (-golden +got):\n%s", d)
	}
}
