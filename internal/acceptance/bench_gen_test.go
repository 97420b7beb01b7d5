package acceptance

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/cli"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
)

// BenchmarkGenerated runs the benchmarks of benchSchema on generated
// schemas of 100, 1,000 and 5,000 tables (internal/gen, seed 1). Each size
// is loaded once per run, analyzed (the plans of introspection's catalog
// queries depend on the catalog statistics, which autovacuum keeps in a
// live database), and copied with CREATE DATABASE ... TEMPLATE; loading
// 5,000 tables takes about half a minute. Select one size with
// -bench 'Generated/^1000$'.
func BenchmarkGenerated(b *testing.B) {
	for _, n := range []int{100, 1000, 5000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			a := pgtest.NewDatabase(b)
			loadGenerated(b, a, n)
			analyzeDatabase(b, a)
			benchSchema(b, a, copyDatabase(b, a))
		})
	}
}

// BenchmarkCorpusAll runs the benchmarks of benchSchema on every corpus
// schema, each loaded with its load.sh, analyzed and copied with CREATE
// DATABASE ... TEMPLATE.
func BenchmarkCorpusAll(b *testing.B) {
	for _, name := range corpusNames {
		b.Run(name, func(b *testing.B) {
			a := pgtest.LoadCorpus(b, name)
			analyzeDatabase(b, a)
			benchSchema(b, a, copyDatabase(b, a))
		})
	}
}

// benchSchema measures, for the database at a and its copy at c:
// introspection (with its round trips), Compare of the two copies (a no-op
// plan), Compare from an empty schema (a full build), rendering that plan,
// and the whole retort diff command run in-process between a and c.
func benchSchema(b *testing.B, a, c string) {
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(a)
	if err != nil {
		b.Fatal(err)
	}
	tracer := &countingTracer{}
	cfg.Tracer = tracer
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)

	var s *model.Schema
	b.Run("introspect", func(b *testing.B) {
		b.ReportAllocs()
		tracer.n.Store(0)
		runs := 0
		for b.Loop() {
			if s, err = introspect.Schema(ctx, conn, introspect.Options{}); err != nil {
				b.Fatal(err)
			}
			runs++
		}
		b.ReportMetric(float64(tracer.n.Load())/float64(runs), "queries/op")
		b.ReportMetric(float64(len(s.Tables)), "tables")
	})
	if s == nil {
		// introspect was filtered out by -bench; the others need s.
		if s, err = introspect.Schema(ctx, conn, introspect.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	copyConn := pgtest.Connect(b, c)
	s2, err := introspect.Schema(ctx, copyConn, introspect.Options{})
	if err != nil {
		b.Fatal(err)
	}
	copyConn.Close(ctx)

	b.Run("compare-noop", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if p := compare(s, s2); !p.Empty() {
				b.Fatalf("no-op plan is not empty:\n%s", render.Plan(p))
			}
		}
	})
	empty := &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}}
	var plan *diff.Plan
	b.Run("compare-from-empty", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			plan = compare(empty, s)
		}
		b.ReportMetric(float64(len(plan.Steps)), "steps")
	})
	if plan == nil {
		plan = compare(empty, s)
	}
	b.Run("render", func(b *testing.B) {
		b.ReportAllocs()
		var out string
		for b.Loop() {
			out = render.Plan(plan)
		}
		b.ReportMetric(float64(len(out)), "bytes")
	})
	b.Run("cli-diff", func(b *testing.B) {
		b.ReportAllocs()
		var stderr strings.Builder
		for b.Loop() {
			stderr.Reset()
			code := cli.Run([]string{"diff", "--exit-code", "--from", a, "--to", c}, strings.NewReader(""), io.Discard, &stderr)
			if code != cli.ExitOK {
				b.Fatalf("retort diff between two copies: exit %d\n%s", code, stderr.String())
			}
		}
	})
}

// analyzeDatabase runs ANALYZE in the database at url, on a connection
// closed at once (copyDatabase needs the database free).
func analyzeDatabase(b *testing.B, url string) {
	b.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "ANALYZE"); err != nil {
		b.Fatalf("analyze: %v", err)
	}
}

var copyCounter atomic.Int64

// copyDatabase copies the database at src with CREATE DATABASE ...
// TEMPLATE (no session may be connected to src meanwhile) and returns the
// copy's URL. The copy is dropped when the benchmark ends.
func copyDatabase(b *testing.B, src string) string {
	b.Helper()
	ctx := context.Background()
	u, err := url.Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	from := strings.TrimPrefix(u.Path, "/")
	name := fmt.Sprintf("perf_bench_%d_%d", os.Getpid(), copyCounter.Add(1))
	admin := pgtest.Connect(b, pgtest.ServerURL(b))
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" TEMPLATE "+pgx.Identifier{from}.Sanitize()); err != nil {
		b.Fatalf("copy database %s: %v", from, err)
	}
	b.Cleanup(func() {
		// b.Cleanup runs in reverse order: admin is still open here.
		if _, err := admin.Exec(context.Background(), "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
			b.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
