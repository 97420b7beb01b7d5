package migrate

import (
	"bytes"
	"context"
	"strings"
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

// TestConcurrentIndexBuild runs two runners at once over a revision that
// builds an index CONCURRENTLY on a table of a million rows. The build
// waits for every transaction with an older snapshot to end: a runner
// waiting for the advisory lock inside a statement would be one, and the
// two would deadlock (one fails with "deadlock detected", an INVALID index
// stays, the other fails with "relation already exists"). A runner that
// polls holds no snapshot while it waits: one runner builds the index, the
// other finds nothing to do.
func TestConcurrentIndexBuild(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, "CREATE TABLE big AS SELECT g AS id, g % 1000 AS v FROM generate_series(1, 1000000) g")
	idx := rev("r1")
	idx.NoTransaction = true
	idx.Upgrade = "CREATE INDEX CONCURRENTLY big_v_idx ON big (v);"
	idx.Downgrade = "DROP INDEX CONCURRENTLY big_v_idx;"
	g := load(t, idx)
	const n = 2
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, n)
	applied := make([]int, n)
	logs := make([]bytes.Buffer, n)
	for i := range n {
		conn := pgtest.Connect(t, url)
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			steps, err := NewRunner(conn, g, Options{Log: &logs[i]}).Upgrade(ctx, "head")
			errs[i], applied[i] = err, len(steps)
		}()
	}
	close(start)
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Errorf("runner %d: %v\nlog:\n%s", i, errs[i], logs[i].String())
		}
	}
	if applied[0]+applied[1] != 1 {
		t.Errorf("steps applied: %v, want 1 in all", applied)
	}
	waited := 0
	for i := range n {
		waited += strings.Count(logs[i].String(), "waiting for another runner")
	}
	if waited != 1 {
		t.Errorf("%d runners said they wait, want 1 (once):\n%s\n%s", waited, logs[0].String(), logs[1].String())
	}
	if valid := scalar(t, url, "SELECT string_agg(indexrelid::regclass || ' ' || indisvalid, ', ') FROM pg_index WHERE indrelid = 'big'::regclass"); valid != "big_v_idx true" {
		t.Errorf("indexes of big: %q, want one valid big_v_idx", valid)
	}
	r := NewRunner(pgtest.Connect(t, url), g, Options{})
	hist, err := r.History(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, h := range hist {
		rows = append(rows, h.Operation+" "+h.Direction+" "+h.Revision)
	}
	if d := cmp.Diff([]string{"migration up r1"}, rows); d != "" {
		t.Errorf("history (-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"r1"}, current(t, r)); d != "" {
		t.Errorf("current (-want +got)\n%s", d)
	}
}
