package acceptance

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

// corpusNames are the real-world schemas in ../shared/corpus.
var corpusNames = []string{
	"adventureworks", "chado", "chinook", "graphile_starter", "lago",
	"musicbrainz", "northwind", "openstreetmap", "pagila", "synapse",
}

// corpusDir returns the corpus as the test server's major loads it
// (pgtest.Corpus).
func corpusDir(t testing.TB) string {
	t.Helper()
	return pgtest.Corpus(t)
}

// TestCorpus checks, for every corpus schema, that a database loaded with
// load.sh and the same schema.sql materialized by retort as a SQL source
// compare equal (no false diffs), and that empty → schema → empty through
// retort's plans is exact, by retort's model and by the catalog
// fingerprint. Every corpus schema is made only of kinds retort manages.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: long")
	}
	dir := corpusDir(t)
	fingerprintSQL := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	for _, name := range corpusNames {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			live := pgtest.LoadCorpus(t, name)
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
			if plan := compare(liveModel, sqlModel); !plan.Empty() {
				t.Errorf("database vs its own schema.sql: plan is not empty:\n%s", render.Plan(plan))
			}
			if d := cmp.Diff(liveModel, sqlModel, modelOptions); d != "" {
				t.Errorf("database vs its own schema.sql: models differ (-db +sql)\n%s", d)
			}

			if len(liveModel.Unmanaged) > 0 {
				t.Fatalf("%s holds unmanaged objects, cannot round-trip: %v", name, liveModel.Unmanaged)
			}
			empty := pgtest.NewDatabase(t)
			pristine := takeSnapshot(t, empty, fingerprintSQL).rebuiltBy(func() string { return pgtest.NewDatabase(t) })
			up := compare(pristine.model, liveModel)
			if up.Empty() {
				t.Fatal("plan from empty is empty")
			}
			want := takeSnapshot(t, live, fingerprintSQL).heldBy(live)
			built := converge(t, "up", empty, pristine.model, want, up, render.Plan(up), fingerprintSQL)
			down := compare(built.model, pristine.model)
			converge(t, "down", empty, built.model, pristine, down, render.Plan(down), fingerprintSQL)
		})
	}
}

// TestCorpusSelfDiff compares two databases loaded from the same corpus
// schema: the plan must be empty, with the unmanaged objects only warned
// about.
func TestCorpusSelfDiff(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus: long")
	}
	for _, name := range []string{"pagila", "lago"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			a := introspectURL(t, pgtest.LoadCorpus(t, name))
			b := introspectURL(t, pgtest.LoadCorpus(t, name))
			plan := compare(a, b)
			if !plan.Empty() {
				t.Errorf("plan is not empty:\n%s", render.Plan(plan))
			}
			if len(a.Unmanaged) > 0 && len(plan.Warnings) == 0 {
				t.Errorf("%d unmanaged objects but no warning", len(a.Unmanaged))
			}
		})
	}
}
