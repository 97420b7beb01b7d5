package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
)

// corpusLoad loads a shared corpus schema into a fresh database.
func corpusLoad(t *testing.T, name string) string {
	t.Helper()
	return pgtest.LoadCorpus(t, name)
}

// managedCorpus are the corpus schemas whose managed objects do not depend
// on kinds retort does not manage yet (domains, functions in defaults and
// checks), so their models materialize without them.
var managedCorpus = []string{"chinook", "northwind", "lago", "openstreetmap", "synapse", "adventureworks", "graphile_starter", "chado", "pagila", "musicbrainz"}

// TestInspectRoundTrip: database → inspect → model (each format) →
// materialize → compare with the database: retort diff must be empty.
func TestInspectRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: long")
	}
	dev := pgtest.ServerURL(t)
	for _, name := range managedCorpus {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			db := corpusLoad(t, name)
			dir := t.TempDir()
			// YAML, one file and split per schema.
			for _, out := range []string{filepath.Join(dir, "model.yaml"), filepath.Join(dir, "split") + "/"} {
				if code, _, errs := run(t, "inspect", db, "--format", "yaml", "-o", out); code != 0 {
					t.Fatalf("inspect yaml: %s", errs)
				}
				if code, stdout, errs := run(t, "diff", "--from", db, "--to", strings.TrimSuffix(out, "/"), "--dev-url", dev, "--exit-code"); code != 0 {
					t.Fatalf("database vs its YAML model (%s): exit %d\n%s%s", out, code, stdout, errs)
				}
			}
			// SQL: loads with psql into an empty database.
			sqlFile := filepath.Join(dir, "schema.sql")
			if code, _, errs := run(t, "inspect", db, "--format", "sql", "-o", sqlFile); code != 0 {
				t.Fatalf("inspect sql: %s", errs)
			}
			empty := pgtest.NewDatabase(t)
			if out, err := exec.Command("psql", empty, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", sqlFile).CombinedOutput(); err != nil {
				t.Fatalf("psql -f schema.sql: %v\n%s", err, out)
			}
			if code, stdout, errs := run(t, "diff", "--from", db, "--to", empty, "--exit-code"); code != 0 {
				t.Fatalf("database vs its SQL model loaded with psql: exit %d\n%s%s", code, stdout, errs)
			}
			// Go: a program (inside this module, so it can import the model
			// package) that prints its model as YAML. The Go form is written
			// from the model alone, the same on every major, and compiling it
			// is most of this test's time: scripts/test.sh leaves it to the
			// test server's run (RETORT_TEST_SKIP_GO_MODEL=1 on the others).
			if os.Getenv("RETORT_TEST_SKIP_GO_MODEL") == "1" {
				return
			}
			prog, err := os.MkdirTemp("testdata", "tmp-gomodel-")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.RemoveAll(prog) })
			if code, _, errs := run(t, "inspect", db, "--format", "go", "-o", filepath.Join(prog, "main.go")); code != 0 {
				t.Fatalf("inspect go: %s", errs)
			}
			printed, err := exec.Command("go", "run", "./"+prog).Output()
			if err != nil {
				t.Fatalf("go run the Go model: %v", err)
			}
			writeFile(t, dir, "from-go.yaml", string(printed))
			if code, stdout, errs := run(t, "diff", "--from", db, "--to", filepath.Join(dir, "from-go.yaml"), "--dev-url", dev, "--exit-code"); code != 0 {
				t.Fatalf("database vs its Go model: exit %d\n%s%s", code, stdout, errs)
			}
		})
	}
}

// TestBaseline follows the README's baseline story: inspect production into
// a YAML model, autogenerate a baseline revision against an empty scratch
// database, upgrade a fresh database to it (equal to production), and stamp
// production at head without running anything.
func TestBaseline(t *testing.T) {
	prod := corpusLoad(t, "chinook")
	dir := t.TempDir()
	if code, _, errs := run(t, "inspect", prod, "--format", "yaml", "-o", filepath.Join(dir, "model")+"/"); code != 0 {
		t.Fatalf("inspect: %s", errs)
	}
	local := pgtest.NewDatabase(t)
	writeFile(t, dir, "retort.yaml", "url: \"${DATABASE_URL}\"\ndev_url: \""+pgtest.ServerURL(t)+"\"\nmodel: model\nversions: versions\n")
	p := &testProject{t: t, dir: dir, url: local}
	t.Setenv("DATABASE_URL", local)
	p.run(0, "revision", "--autogenerate", "-m", "baseline", "--from-revisions", "--rev-id", "ba5e11000000")
	p.run(0, "upgrade", "head")
	if code, out, errs := run(t, "diff", "--from", prod, "--to", local, "--exit-code"); code != 0 {
		t.Fatalf("local database after upgrade differs from production: exit %d\n%s%s", code, out, errs)
	}
	t.Setenv("DATABASE_URL", prod)
	p.run(0, "stamp", "head")
	p.url = prod
	if got := p.versionTable(); got != "ba5e11000000" {
		t.Errorf("production after stamp: %q", got)
	}
	p.run(0, "check")
	if _, err := os.Stat(filepath.Join(dir, "model", "public.yaml")); err != nil {
		t.Errorf("split model: %v", err)
	}
}

// TestSplitBySchemaKeepsEverything checks that splitting a model per schema
// and putting it back together loses no object of any kind: every slice of
// model.Schema must be handed out by splitBySchema.
func TestSplitBySchemaKeepsEverything(t *testing.T) {
	m := &model.Schema{
		Namespaces:             []model.Namespace{{Name: "a"}, {Name: "b"}},
		Extensions:             []model.Extension{{Name: "e", Schema: "a"}},
		Enums:                  []model.Enum{{Schema: "b", Name: "en"}},
		Domains:                []model.Domain{{Schema: "a", Name: "d"}},
		Composites:             []model.CompositeType{{Schema: "b", Name: "c"}},
		Collations:             []model.Collation{{Schema: "a", Name: "co"}},
		Ranges:                 []model.RangeType{{Schema: "b", Name: "r"}},
		TextSearchDictionaries: []model.TextSearchDictionary{{Schema: "a", Name: "td"}},
		TextSearchConfigs:      []model.TextSearchConfig{{Schema: "b", Name: "tc"}},
		Statistics:             []model.Statistics{{Schema: "b", Name: "st", Table: model.QualifiedName{Schema: "a", Name: "t"}}},
		Functions:              []model.Function{{Schema: "a", Name: "f"}},
		Sequences:              []model.Sequence{{Schema: "b", Name: "s"}},
		Tables:                 []model.Table{{Schema: "a", Name: "t"}},
		Views:                  []model.View{{Schema: "b", Name: "v"}},
		Unmanaged:              []model.Unmanaged{{Kind: "event trigger", Name: "r"}},
	}
	merged := &model.Schema{}
	mv, gv := reflect.ValueOf(merged).Elem(), reflect.ValueOf(m).Elem()
	for _, part := range splitBySchema(m) {
		pv := reflect.ValueOf(part.s).Elem()
		for i := 0; i < pv.NumField(); i++ {
			if pv.Field(i).Kind() == reflect.Slice {
				mv.Field(i).Set(reflect.AppendSlice(mv.Field(i), pv.Field(i)))
			}
		}
	}
	for i := 0; i < gv.NumField(); i++ {
		// Privileges are split by their own test (privileges_test.go).
		if gv.Field(i).Kind() == reflect.Slice && gv.Field(i).Len() == 0 {
			t.Fatalf("test model leaves %s empty: add one", gv.Type().Field(i).Name)
		}
	}
	if d := cmp.Diff(m, merged); d != "" {
		t.Errorf("split loses objects (-model +merged parts)\n%s", d)
	}
}
