package migrate

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/pgtest"
)

// offlineGraph has a comment-only tail, a statement without a final
// semicolon, a no-transaction revision and a quote in a message.
func offlineGraph(t *testing.T) *Graph {
	r2 := rev("r2", "r1")
	r2.Message = "it's r2"
	r2.Upgrade = "-- hazard: none\nCREATE TABLE t_r2 (id int)\n-- trailing comment"
	r3 := rev("r3", "r2")
	r3.NoTransaction = true
	r3.Upgrade = "CREATE TABLE t_r3 (id int);\nCREATE INDEX CONCURRENTLY i3 ON t_r3 (id);"
	return load(t, rev("r1"), r2, r3, rev("r4", "r3"))
}

func psql(t *testing.T, url, script string) {
	t.Helper()
	bin := pgtest.Program(t, "psql", "offline scripts are run as users run them, with psql")
	f := filepath.Join(t.TempDir(), "up.sql")
	if err := os.WriteFile(f, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", f).CombinedOutput()
	if err != nil {
		t.Fatalf("psql: %v\n%s\nscript:\n%s", err, out, script)
	}
}

func versionAndTables(t *testing.T, conn *pgx.Conn) []string {
	t.Helper()
	rows, _ := conn.Query(context.Background(), "SELECT version_num FROM retort_version ORDER BY 1")
	v, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return append(v, tables(t, conn)...)
}

func TestOfflineMatchesOnline(t *testing.T) {
	ctx := context.Background()
	g := offlineGraph(t)
	for _, mode := range []string{PerRevision, PerRun} {
		t.Run(mode, func(t *testing.T) {
			opts := Options{Transaction: mode}
			online := pgtest.Connect(t, pgtest.NewDatabase(t))
			r := NewRunner(online, g, opts)
			if _, err := r.Upgrade(ctx, "head"); err != nil {
				t.Fatal(err)
			}
			script, err := g.OfflineUpgrade(nil, "head", opts)
			if err != nil {
				t.Fatal(err)
			}
			url := pgtest.NewDatabase(t)
			psql(t, url, script)
			offline := pgtest.Connect(t, url)
			want := versionAndTables(t, online)
			if d := cmp.Diff(want, versionAndTables(t, offline)); d != "" {
				t.Errorf("(-online +offline)\n%s\nscript:\n%s", d, script)
			}
			hist, err := NewRunner(offline, g, opts).History(ctx)
			if err != nil || len(hist) != 4 {
				t.Errorf("offline history: %d rows, %v", len(hist), err)
			}

			// And back down with an offline downgrade.
			down, err := g.OfflineDowngrade([]string{"r4"}, "base", opts)
			if err != nil {
				t.Fatal(err)
			}
			psql(t, url, down)
			if d := cmp.Diff([]string{"retort_version", "retort_version_history"}, versionAndTables(t, offline)); d != "" {
				t.Errorf("after offline downgrade (-want +got)\n%s", d)
			}
		})
	}
}

func TestOfflineRange(t *testing.T) {
	g := load(t, rev("r1"), rev("r2", "r1"), rev("r3", "r2"), rev("r4", "r3"))
	script, err := g.OfflineUpgrade([]string{"r1"}, "r3", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(script, "\n") {
		if strings.HasPrefix(l, "CREATE TABLE t_") {
			got = append(got, l)
		}
	}
	if d := cmp.Diff([]string{"CREATE TABLE t_r2 (id int);", "CREATE TABLE t_r3 (id int);"}, got); d != "" {
		t.Errorf("(-want +got)\n%s\n%s", d, script)
	}
	// Applied to a database stamped at r1, it leaves it at r3.
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	conn := pgtest.Connect(t, url)
	r := NewRunner(conn, g, Options{})
	if _, err := r.Upgrade(ctx, "r1"); err != nil {
		t.Fatal(err)
	}
	psql(t, url, script)
	if d := cmp.Diff([]string{"r3"}, current(t, r)); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	stamp, err := g.OfflineStamp([]string{"r3"}, "head", Options{})
	if err != nil {
		t.Fatal(err)
	}
	psql(t, url, stamp)
	if d := cmp.Diff([]string{"r4"}, current(t, r)); d != "" {
		t.Errorf("after offline stamp (-want +got)\n%s", d)
	}
}
