package introspect

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// queryCounter counts and times the queries a connection runs.
type queryCounter struct {
	mu    sync.Mutex
	n     int
	start time.Time
	took  []time.Duration
	sqls  []string
}

func (q *queryCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceQueryStartData) context.Context {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.n++
	q.start = time.Now()
	q.sqls = append(q.sqls, data.SQL)
	return ctx
}

func (q *queryCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.took = append(q.took, time.Since(q.start))
}

// connectCounting opens a connection to url whose queries c counts.
func connectCounting(t testing.TB, url string, c *queryCounter) *pgx.Conn {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Tracer = c
	conn, err := pgx.ConnectConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}
