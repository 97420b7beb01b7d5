package migrate

import (
	"context"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/retortdb/retort/internal/pgtest"
)

// TestConcurrentUpgrade runs Upgrade("head") from 8 connections at once:
// the advisory lock serializes them and each revision runs exactly once
// (running one twice would fail: it creates a table).
func TestConcurrentUpgrade(t *testing.T) {
	url := pgtest.NewDatabase(t)
	slow := rev("r2", "r1")
	slow.Upgrade = "SELECT pg_sleep(0.2);\nCREATE TABLE t_r2 (id int);"
	g := load(t, rev("r1"), slow, rev("r3", "r2"), rev("r4", "r3"))
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	applied := make([]int, n)
	for i := range n {
		conn := pgtest.Connect(t, url)
		wg.Add(1)
		go func() {
			defer wg.Done()
			steps, err := NewRunner(conn, g, Options{}).Upgrade(context.Background(), "head")
			errs[i], applied[i] = err, len(steps)
		}()
	}
	wg.Wait()
	total := 0
	for i := range n {
		if errs[i] != nil {
			t.Errorf("runner %d: %v", i, errs[i])
		}
		total += applied[i]
	}
	if total != 4 {
		t.Errorf("%d steps applied in all, want 4: %v", total, applied)
	}
	r := NewRunner(pgtest.Connect(t, url), g, Options{})
	hist, err := r.History(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var revs []string
	for _, h := range hist {
		revs = append(revs, h.Direction+" "+h.Revision)
	}
	if d := cmp.Diff([]string{"up r1", "up r2", "up r3", "up r4"}, revs); d != "" {
		t.Errorf("history (-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"r4"}, current(t, r)); d != "" {
		t.Errorf("current (-want +got)\n%s", d)
	}
}
