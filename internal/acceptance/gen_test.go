package acceptance

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/gen"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
)

// loadGenerated writes the generated schema of the given size to a file
// and loads it into the database at url with psql -v ON_ERROR_STOP=1, the
// way the generator promises it loads. Commits are not waited for: the
// database is thrown away, and a 5,000-table schema is 100,000 statements.
func loadGenerated(t testing.TB, url string, tables int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schema.sql")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.Write(f, gen.Options{Tables: tables, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", path)
	cmd.Env = append(os.Environ(), "PGOPTIONS=-c synchronous_commit=off -c client_min_messages=warning")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("load %d generated tables: %v\n%s", tables, err, out.String())
	}
}

// TestGeneratedSchema loads 30 generated tables, which hold every kind of
// object the generator writes, into two databases: the two must compare
// equal, and the plan from an empty database (and back) must apply and
// converge, by retort's model and by the catalog fingerprint.
func TestGeneratedSchema(t *testing.T) {
	fingerprintSQL := filepath.Join(repoRoot(t), "..", "shared", "tools", "catalog-fingerprint.sql")
	live := pgtest.NewDatabase(t)
	loadGenerated(t, live, 30)
	copyURL := pgtest.NewDatabase(t)
	loadGenerated(t, copyURL, 30)

	liveModel := introspectURL(t, live)
	if len(liveModel.Unmanaged) > 0 {
		t.Fatalf("the generated schema holds objects retort does not manage: %v", liveModel.Unmanaged)
	}
	checkGeneratedKinds(t, liveModel)
	if plan := compare(liveModel, introspectURL(t, copyURL)); !plan.Empty() {
		t.Fatalf("two loads of the same generated schema differ:\n%s", render.Plan(plan))
	}

	empty := pgtest.NewDatabase(t)
	pristine := takeSnapshot(t, empty, fingerprintSQL).rebuiltBy(func() string { return pgtest.NewDatabase(t) })
	up := compare(pristine.model, liveModel)
	if up.Empty() {
		t.Fatal("plan from empty is empty")
	}
	built := converge(t, "up", empty, pristine.model, takeSnapshot(t, live, fingerprintSQL).heldBy(live), up, render.Plan(up), fingerprintSQL)
	down := compare(built.model, pristine.model)
	converge(t, "down", empty, built.model, pristine, down, render.Plan(down), fingerprintSQL)
}

// checkGeneratedKinds checks that retort read from the generated schema
// every kind of object it is meant to exercise.
func checkGeneratedKinds(t *testing.T, s *model.Schema) {
	t.Helper()
	var partitions, partitioned, policies, triggers, fks, comments, identities, indexes int
	for _, tb := range s.Tables {
		if tb.PartitionOf != nil {
			partitions++
		}
		if tb.PartitionKey != "" {
			partitioned++
		}
		policies += len(tb.Policies)
		triggers += len(tb.Triggers)
		indexes += len(tb.Indexes)
		for _, c := range tb.Constraints {
			if c.Kind == model.ForeignKey {
				fks++
			}
		}
		if tb.Comment != "" {
			comments++
		}
		for _, c := range tb.Columns {
			if c.Identity != model.IdentityNone {
				identities++
			}
		}
	}
	var views, matviews int
	for _, v := range s.Views {
		if v.Materialized {
			matviews++
		} else {
			views++
		}
	}
	for _, c := range []struct {
		kind string
		n    int
	}{
		{"enums", len(s.Enums)},
		{"domains", len(s.Domains)},
		{"composite types", len(s.Composites)},
		{"functions", len(s.Functions)},
		{"sequences", len(s.Sequences)},
		{"partitioned tables", partitioned},
		{"partitions", partitions},
		{"policies", policies},
		{"triggers", triggers},
		{"foreign keys", fks},
		{"table comments", comments},
		{"identity columns", identities},
		{"indexes", indexes},
		{"views", views},
		{"materialized views", matviews},
	} {
		if c.n == 0 {
			t.Errorf("the generated schema has no %s", c.kind)
		}
	}
}

// TestGeneratedQueryCount checks that introspection sends as many queries
// for 1,000 generated tables as for 10.
func TestGeneratedQueryCount(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 1,000 tables")
	}
	ctx := context.Background()
	counts := map[int]int64{}
	for _, n := range []int{10, 1000} {
		url := pgtest.NewDatabase(t)
		loadGenerated(t, url, n)
		cfg, err := pgx.ParseConfig(url)
		if err != nil {
			t.Fatal(err)
		}
		tracer := &countingTracer{}
		cfg.Tracer = tracer
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		// Read on several connections (the tracer counts theirs too), and
		// on one: the same schema either way.
		s, err := introspect.Schema(ctx, conn, introspect.Options{Workers: introspect.DefaultWorkers})
		if err != nil {
			t.Fatal(err)
		}
		counts[n] = tracer.n.Load()
		one, err := introspect.Schema(ctx, conn, introspect.Options{Workers: 1})
		conn.Close(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Tables) < n {
			t.Fatalf("%d generated tables: read only %d", n, len(s.Tables))
		}
		if d := cmp.Diff(one, s); d != "" {
			t.Fatalf("%d tables: read on %d connections differs from one (-one +several)\n%s", n, introspect.DefaultWorkers, d)
		}
	}
	if counts[10] != counts[1000] {
		t.Errorf("10 tables took %d queries, 1,000 tables took %d", counts[10], counts[1000])
	}
	t.Logf("queries per Schema call: %d", counts[10])
}
