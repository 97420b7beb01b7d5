package acceptance

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/pgtest"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
)

// lockTestRows is the size of the table the lock test indexes.
const lockTestRows = 1_000_000

// TestOnlineIndexBuildDoesNotBlockWriters builds an index on a table of a
// million rows while another connection keeps inserting into it. With the
// online plan (CREATE INDEX CONCURRENTLY) the writer is never seen waiting
// for a lock; with the plain plan, run the same way as a control, it is,
// which shows the measurement sees blocking when there is some.
func TestOnlineIndexBuildDoesNotBlockWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a million-row table")
	}
	ctx := context.Background()
	url := newLoadedDB(t, "events", `
CREATE TABLE events (id bigserial PRIMARY KEY, payload text NOT NULL);
INSERT INTO events (payload) SELECT md5(g::text) || md5((g * 7)::text) FROM generate_series(1, 1000000) g;
ANALYZE events;`)
	before := introspectURL(t, url)
	after := withIndex(t, before, model.QualifiedName{Schema: "public", Name: "events"}, model.Index{
		Name: "events_payload_idx", Method: "btree", Keys: []model.IndexKey{{Column: "payload"}}, Columns: []string{"payload"},
	})

	online := diff.CompareWith(before, after, planOptions(true))
	script := render.Plan(online)
	if !strings.Contains(script, "CREATE INDEX CONCURRENTLY events_payload_idx") || !online.OutsideTransaction() {
		t.Fatalf("online plan does not build concurrently:\n%s", script)
	}
	got := buildWhileInserting(t, url, script)
	t.Logf("online: build %v over %d rows; %d inserts meanwhile, longest %v; writer seen waiting for a lock in %d of %d looks",
		got.build.Round(time.Millisecond), lockTestRows, got.inserts, got.maxWait.Round(time.Microsecond), got.lockWaits, got.samples)
	if got.lockWaits > 0 {
		t.Errorf("the writer waited for a lock during the concurrent build (%d of %d looks)", got.lockWaits, got.samples)
	}
	if got.inserts < 10 {
		t.Errorf("only %d inserts ran during the build: the writer did not overlap it", got.inserts)
	}

	// Control: the plain plan, on the same table, the same way.
	conn := pgtest.Connect(t, url)
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP INDEX events_payload_idx"); err != nil {
		t.Fatal(err)
	}
	plain := render.Plan(compare(before, after))
	if strings.Contains(plain, "INDEX CONCURRENTLY") {
		t.Fatalf("plain plan builds concurrently:\n%s", plain)
	}
	ctl := buildWhileInserting(t, url, plain)
	t.Logf("plain (control): build %v; %d inserts meanwhile, longest %v; writer seen waiting for a lock in %d of %d looks",
		ctl.build.Round(time.Millisecond), ctl.inserts, ctl.maxWait.Round(time.Microsecond), ctl.lockWaits, ctl.samples)
	if ctl.lockWaits == 0 {
		t.Errorf("the plain build (%v) was never seen blocking the writer (%d looks): the measurement cannot see blocking", ctl.build, ctl.samples)
	}
}

// withIndex returns a copy of s with ix added to the table q.
func withIndex(t *testing.T, s *model.Schema, q model.QualifiedName, ix model.Index) *model.Schema {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var out model.Schema
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	for i := range out.Tables {
		if out.Tables[i].QualifiedName() == q {
			out.Tables[i].Indexes = append(out.Tables[i].Indexes, ix)
			return &out
		}
	}
	t.Fatalf("no table %s", q)
	return nil
}

// buildResult is what buildWhileInserting measured.
type buildResult struct {
	build     time.Duration // applying the script
	inserts   int           // inserts that finished while it ran
	maxWait   time.Duration // the longest single insert meanwhile
	samples   int           // looks at the writer's session meanwhile
	lockWaits int           // of them, the writer was waiting for a lock
}

// buildWhileInserting applies script to the database at url while another
// connection inserts rows one at a time, each in its own transaction, and
// a third looks at the writer's session (pg_stat_activity) every few
// milliseconds. Blocking is what the server says, not how long an insert
// took: on a busy machine a slow insert need not be a blocked one.
func buildWhileInserting(t *testing.T, url, script string) buildResult {
	t.Helper()
	ctx := context.Background()
	writer := pgtest.Connect(t, url)
	defer writer.Close(ctx)
	watcher := pgtest.Connect(t, url)
	defer watcher.Close(ctx)
	writerPID := writer.PgConn().PID()
	if _, err := writer.Exec(ctx, "INSERT INTO events (payload) VALUES ('warm-up')"); err != nil {
		t.Fatal(err)
	}
	var (
		res       buildResult
		stop      = make(chan struct{})
		writing   = make(chan struct{})
		wg        sync.WaitGroup
		writeErr  error
		watchErr  error
		firstOnce sync.Once
	)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			start := time.Now()
			if _, err := writer.Exec(ctx, "INSERT INTO events (payload) VALUES ('during the build')"); err != nil {
				writeErr = err
				firstOnce.Do(func() { close(writing) })
				return
			}
			res.maxWait = max(res.maxWait, time.Since(start))
			res.inserts++
			firstOnce.Do(func() { close(writing) })
		}
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			var waiting bool
			if err := watcher.QueryRow(ctx, "SELECT coalesce(wait_event_type = 'Lock', false) FROM pg_stat_activity WHERE pid = $1", writerPID).Scan(&waiting); err != nil {
				watchErr = err
				return
			}
			res.samples++
			if waiting {
				res.lockWaits++
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	<-writing // the writer is running before the build starts
	start := time.Now()
	err := applyScript(t, url, "build", script)
	res.build = time.Since(start)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("apply %q: %v", script, err)
	}
	if writeErr != nil {
		t.Fatalf("writer: %v", writeErr)
	}
	if watchErr != nil {
		t.Fatalf("watcher: %v", watchErr)
	}
	return res
}
