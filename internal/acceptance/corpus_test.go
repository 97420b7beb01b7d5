package acceptance

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

// corpusNames are the real-world schemas in ../shared/corpus.
var corpusNames = []string{
	"adventureworks", "chado", "chinook", "graphile_starter", "lago",
	"musicbrainz", "northwind", "openstreetmap", "pagila", "synapse",
}

// roundTrip are the corpus schemas made only of kinds retort manages, so
// that empty → schema → empty through retort diff must be exact.
var roundTrip = map[string]bool{
	"northwind": true, "chinook": true, "openstreetmap": true, "synapse": true, "adventureworks": true, "graphile_starter": true, "lago": true,
}

// managedRoundTrip are corpus schemas with objects of kinds not managed yet
// (an aggregate) that nothing managed depends on, so
// the managed part alone goes empty → schema → empty exactly, by retort's
// model. (pagila and musicbrainz have managed objects that depend on
// unmanaged ones: an aggregate in a view, a collation of a column.)
var managedRoundTrip = map[string]bool{"chado": true}

func corpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "load.sh")); err != nil {
		t.Fatalf("corpus missing (expected ../shared/corpus next to the repository): %v", err)
	}
	return dir
}

// loadCorpus loads one corpus schema into a fresh database with the
// corpus's own loader (psql), independent of the code under test.
func loadCorpus(t testing.TB, dir, name string) string {
	t.Helper()
	url := pgtest.NewDatabase(t)
	cmd := exec.Command(filepath.Join(dir, "load.sh"), name, url)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("load.sh %s: %v\n%s", name, err, out.String())
	}
	return url
}

// TestCorpus checks, for every corpus schema, that a database loaded with
// load.sh and the same schema.sql materialized by retort as a SQL source
// compare equal (no false diffs), and for the schemas made only of managed
// kinds that empty → schema → empty through retort's plans is exact.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: long")
	}
	dir := corpusDir(t)
	fingerprintSQL := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	for _, name := range corpusNames {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			live := loadCorpus(t, dir, name)
			liveModel := introspectURL(t, live)
			if len(liveModel.Tables) == 0 {
				t.Fatalf("%s: no tables read", name)
			}

			loader := source.NewLoader(source.Options{DevURL: pgtest.ServerURL(t)})
			defer loader.Close()
			sqlModel, err := loader.Load(ctx, filepath.Join(dir, name, "schema.sql"))
			if err != nil {
				t.Fatalf("load schema.sql as a source: %v", err)
			}
			if plan := diff.Compare(liveModel, sqlModel); !plan.Empty() {
				t.Errorf("database vs its own schema.sql: plan is not empty:\n%s", render.Plan(plan))
			}
			if d := cmp.Diff(liveModel, sqlModel, modelOptions); d != "" {
				t.Errorf("database vs its own schema.sql: models differ (-db +sql)\n%s", d)
			}

			if managedRoundTrip[name] {
				managedOnly(t, liveModel)
			}
			if !roundTrip[name] {
				return
			}
			if len(liveModel.Unmanaged) > 0 {
				t.Fatalf("%s holds unmanaged objects, cannot round-trip: %v", name, liveModel.Unmanaged)
			}
			empty := pgtest.NewDatabase(t)
			emptyModel := introspectURL(t, empty)
			up := diff.Compare(emptyModel, liveModel)
			if up.Empty() {
				t.Fatal("plan from empty is empty")
			}
			converge(t, "up", empty, live, liveModel, up, render.Plan(up), fingerprintSQL)
			pristine := pgtest.NewDatabase(t)
			down := diff.Compare(introspectURL(t, empty), introspectURL(t, pristine))
			converge(t, "down", empty, pristine, introspectURL(t, pristine), down, render.Plan(down), fingerprintSQL)
		})
	}
}

// managedOnly builds the managed part of a schema in an empty database
// through a retort plan, requires it to equal that part by retort's model,
// and tears it down again to an empty database.
func managedOnly(t *testing.T, want *model.Schema) {
	t.Helper()
	managed := *want
	managed.Unmanaged = nil
	db := pgtest.NewDatabase(t)
	emptyModel := introspectURL(t, db)
	for _, stage := range []struct {
		name string
		to   *model.Schema
	}{{"up", &managed}, {"down", emptyModel}} {
		plan := diff.Compare(introspectURL(t, db), stage.to)
		script := render.Plan(plan)
		if err := applyScript(t, db, stage.name+".sql", script); err != nil {
			t.Fatalf("managed part, %s: %v", stage.name, err)
		}
		got := introspectURL(t, db)
		got.Unmanaged = nil
		if d := cmp.Diff(stage.to, got, modelOptions); d != "" {
			t.Fatalf("managed part, %s: database differs from the model (-want +got)\n%s", stage.name, d)
		}
		if again := diff.Compare(got, stage.to); !again.Empty() {
			t.Fatalf("managed part, %s: second plan is not empty:\n%s", stage.name, render.Plan(again))
		}
	}
}

// TestCorpusSelfDiff compares two databases loaded from the same corpus
// schema: the plan must be empty, with the unmanaged objects only warned
// about.
func TestCorpusSelfDiff(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: long")
	}
	dir := corpusDir(t)
	for _, name := range []string{"pagila", "lago"} {
		t.Run(name, func(t *testing.T) {
			a := introspectURL(t, loadCorpus(t, dir, name))
			b := introspectURL(t, loadCorpus(t, dir, name))
			plan := diff.Compare(a, b)
			if !plan.Empty() {
				t.Errorf("plan is not empty:\n%s", render.Plan(plan))
			}
			if len(a.Unmanaged) > 0 && len(plan.Warnings) == 0 {
				t.Errorf("%d unmanaged objects but no warning", len(a.Unmanaged))
			}
		})
	}
}
