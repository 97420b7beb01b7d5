package acceptance

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
)

// countingTracer counts the queries a connection sends.
type countingTracer struct{ n atomic.Int64 }

func (c *countingTracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.n.Add(1)
	return ctx
}

func (c *countingTracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// BenchmarkCorpus measures, for the largest corpus schemas, introspection of
// a loaded database (reporting its round trips), Compare of two copies (a
// no-op plan), Compare from an empty database (a full build) and rendering
// that plan.
func BenchmarkCorpus(b *testing.B) {
	for _, name := range []string{"musicbrainz", "chado"} {
		url := pgtest.LoadCorpus(b, name)
		cfg, err := pgx.ParseConfig(url)
		if err != nil {
			b.Fatal(err)
		}
		tracer := &countingTracer{}
		cfg.Tracer = tracer
		ctx := context.Background()
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close(ctx)
		var s *model.Schema
		b.Run(name+"/introspect", func(b *testing.B) {
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
		s2, err := introspect.Schema(ctx, conn, introspect.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/compare-noop", func(b *testing.B) {
			for b.Loop() {
				if p := compare(s, s2); !p.Empty() {
					b.Fatal("no-op plan is not empty")
				}
			}
		})
		empty := &model.Schema{Namespaces: []model.Namespace{{Name: "public"}}}
		var plan *diff.Plan
		b.Run(name+"/compare-from-empty", func(b *testing.B) {
			for b.Loop() {
				plan = compare(empty, s)
			}
			b.ReportMetric(float64(len(plan.Steps)), "steps")
		})
		b.Run(name+"/render", func(b *testing.B) {
			var out string
			for b.Loop() {
				out = render.Plan(plan)
			}
			b.ReportMetric(float64(len(out)), "bytes")
		})
	}
}
