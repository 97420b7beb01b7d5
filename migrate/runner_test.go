package migrate

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// tables returns the tables of schema public, sorted.
func tables(t *testing.T, conn *pgx.Conn) []string {
	t.Helper()
	rows, _ := conn.Query(context.Background(), "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if names == nil {
		names = []string{}
	}
	return names
}

func current(t *testing.T, r *Runner) []string {
	t.Helper()
	cur, err := r.Current(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if cur == nil {
		cur = []string{}
	}
	return cur
}

func linear3(t *testing.T) *Graph {
	return load(t, rev("r1"), rev("r2", "r1"), rev("r3", "r2"))
}

func TestRunnerUpDown(t *testing.T) {
	ctx := context.Background()
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	var log bytes.Buffer
	r := NewRunner(conn, linear3(t), Options{UserVersion: "v1.2", Log: &log})
	if got := current(t, r); len(got) != 0 {
		t.Fatalf("current before anything: %v", got)
	}
	steps, err := r.Upgrade(ctx, "head")
	if err != nil {
		t.Fatal(err)
	}
	type state struct{ Steps, Current, Tables []string }
	check := func(what string, want state, steps []Step) {
		t.Helper()
		got := state{ids(steps), current(t, r), tables(t, conn)}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s (-want +got)\n%s", what, d)
		}
	}
	all := []string{"retort_version", "retort_version_history"}
	check("upgrade head", state{[]string{"r1", "r2", "r3"}, []string{"r3"}, append(all, "t_r1", "t_r2", "t_r3")}, steps)
	steps, err = r.Downgrade(ctx, "-1")
	if err != nil {
		t.Fatal(err)
	}
	check("downgrade -1", state{[]string{"r3"}, []string{"r2"}, append(all, "t_r1", "t_r2")}, steps)
	steps, err = r.Downgrade(ctx, "base")
	if err != nil {
		t.Fatal(err)
	}
	check("downgrade base", state{[]string{"r2", "r1"}, []string{}, all}, steps)
	if !strings.Contains(log.String(), "upgrade r1 -> r2, rev r2\n") {
		t.Errorf("log:\n%s", log.String())
	}

	hist, err := r.History(ctx)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Before, After                                  []string
		Op, Dir, Rev, UserVersion, AppliedBy, Checksum string
	}
	var got []row
	g := linear3(t)
	for i, h := range hist {
		if h.ID == 0 || h.ChangedAt.IsZero() || h.Duration <= 0 {
			t.Errorf("row %d: id %d changed_at %v duration %v", i, h.ID, h.ChangedAt, h.Duration)
		}
		if rv, _ := g.Get(h.Revision); rv.Checksum != h.Checksum {
			t.Errorf("row %d: checksum %s, file %s", i, h.Checksum, rv.Checksum)
		}
		got = append(got, row{h.VersionBefore, h.VersionAfter, h.Operation, h.Direction, h.Revision, h.UserVersion, h.AppliedBy, ""})
	}
	e := []string{}
	want := []row{
		{e, []string{"r1"}, "migration", "up", "r1", "v1.2", "postgres", ""},
		{[]string{"r1"}, []string{"r2"}, "migration", "up", "r2", "v1.2", "postgres", ""},
		{[]string{"r2"}, []string{"r3"}, "migration", "up", "r3", "v1.2", "postgres", ""},
		{[]string{"r3"}, []string{"r2"}, "migration", "down", "r3", "v1.2", "postgres", ""},
		{[]string{"r2"}, []string{"r1"}, "migration", "down", "r2", "v1.2", "postgres", ""},
		{[]string{"r1"}, e, "migration", "down", "r1", "v1.2", "postgres", ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("history (-want +got)\n%s", d)
	}
}

func TestStamp(t *testing.T) {
	ctx := context.Background()
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	r := NewRunner(conn, linear3(t), Options{AppliedBy: "ci"})
	if err := r.Stamp(ctx, "r2", false); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"r2"}, current(t, r)); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"retort_version", "retort_version_history"}, tables(t, conn)); d != "" {
		t.Errorf("stamp ran SQL (-want +got)\n%s", d)
	}
	if _, err := conn.Exec(ctx, "INSERT INTO retort_version VALUES ('gone')"); err != nil {
		t.Fatal(err)
	}
	if err := r.Stamp(ctx, "r3", false); !errors.Is(err, ErrUnknownRevision) {
		t.Errorf("stamp over an unknown revision: %v", err)
	}
	if err := r.Stamp(ctx, "head", true); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"r3"}, current(t, r)); d != "" {
		t.Errorf("after purge (-want +got)\n%s", d)
	}
	hist, err := r.History(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, h := range hist {
		got = append(got, []string{h.Operation, h.Direction, h.Revision, strings.Join(h.VersionBefore, ","), strings.Join(h.VersionAfter, ","), h.AppliedBy})
	}
	want := [][]string{{"stamp", "up", "r2", "", "r2", "ci"}, {"stamp", "up", "r3", "gone,r2", "r3", "ci"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("history (-want +got)\n%s", d)
	}
	if err := r.Stamp(ctx, "base", false); err != nil {
		t.Fatal(err)
	}
	if got := current(t, r); len(got) != 0 {
		t.Errorf("after stamp base: %v", got)
	}
}

func TestVerify(t *testing.T) {
	ctx := context.Background()
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	fsys := files(rev("r1"), rev("r2", "r1"))
	g, err := LoadGraph(fsys, "versions")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewRunner(conn, g, Options{}).Upgrade(ctx, "head"); err != nil {
		t.Fatal(err)
	}
	fsys["versions/r1.sql"].Data = append(fsys["versions/r1.sql"].Data, []byte("-- edited\n")...)
	g2, err := LoadGraph(fsys, "versions")
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	r := NewRunner(conn, g2, Options{Log: &log})
	problems, err := r.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r1, _ := g.Get("r1")
	r1new, _ := g2.Get("r1")
	want := []ChecksumProblem{{Revision: "r1", Path: "versions/r1.sql", Recorded: r1.Checksum, Actual: r1new.Checksum}}
	if d := cmp.Diff(want, problems); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
	if !errors.Is(problems[0], ErrChecksumMismatch) {
		t.Errorf("not ErrChecksumMismatch")
	}
	// An upgrade refuses, unless AllowEdited, which warns; a downgrade
	// warns.
	var edited *EditedError
	if _, err := r.Upgrade(ctx, "head"); !errors.As(err, &edited) || !errors.Is(err, ErrChecksumMismatch) ||
		!strings.HasSuffix(err.Error(), "revert the edit or write a new revision; or pass --allow-edited to upgrade anyway") {
		t.Fatalf("upgrade over an edited revision: %v", err)
	}
	var warnings bytes.Buffer
	r = NewRunner(conn, g2, Options{Log: &log, Warnings: &warnings, AllowEdited: true})
	if _, err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatal(err)
	}
	const warning = "warning: versions/r1.sql: revision r1 was edited after it was applied"
	if !strings.HasPrefix(warnings.String(), warning) || strings.Contains(log.String(), warning) {
		t.Errorf("upgrade --allow-edited: warnings %q, log %q", warnings.String(), log.String())
	}
	warnings.Reset()
	if _, err := NewRunner(conn, g2, Options{Warnings: &warnings}).Downgrade(ctx, "r1"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(warnings.String(), warning) {
		t.Errorf("downgrade: warnings %q", warnings.String())
	}
}

func TestFailingStatement(t *testing.T) {
	ctx := context.Background()
	for _, mode := range []string{PerRevision, PerRun} {
		t.Run(mode, func(t *testing.T) {
			conn := pgtest.Connect(t, pgtest.NewDatabase(t))
			bad := rev("r3", "r2")
			bad.Upgrade = "CREATE TABLE t_r3 (id int);\n\n-- a comment\nSELECT 1;\nSELECT id,\n       nope_column\nFROM t_r3;"
			fsys := files(rev("r1"), rev("r2", "r1"), bad)
			g, err := LoadGraph(fsys, "versions")
			if err != nil {
				t.Fatal(err)
			}
			r := NewRunner(conn, g, Options{Transaction: mode})
			if mode == PerRevision {
				if _, err := r.Upgrade(ctx, "r1"); err != nil {
					t.Fatal(err)
				}
			}
			done, err := r.Upgrade(ctx, "head")
			lines := strings.Split(string(fsys["versions/r3.sql"].Data), "\n")
			line := 0
			for i, l := range lines {
				if strings.Contains(l, "nope_column") {
					line = i + 1
				}
			}
			want := "versions/r3.sql:" + strconv.Itoa(line) + `: upgrade r3: column "nope_column" does not exist (SQLSTATE 42703)`
			var se *SQLError
			if err == nil || err.Error() != want || !errors.As(err, &se) {
				t.Fatalf("error %v\nwant %s", err, want)
			}
			wantDone, wantCurrent, wantTables := []string{"r2"}, []string{"r2"}, []string{"retort_version", "retort_version_history", "t_r1", "t_r2"}
			if mode == PerRun { // everything rolled back
				wantDone, wantCurrent, wantTables = []string{}, []string{}, []string{"retort_version", "retort_version_history"}
			}
			if d := cmp.Diff([]any{wantDone, wantCurrent, wantTables}, []any{ids(done), current(t, r), tables(t, conn)}); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestNoTransaction(t *testing.T) {
	ctx := context.Background()
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	idx := rev("r2", "r1")
	idx.NoTransaction = true
	idx.Upgrade = "CREATE INDEX CONCURRENTLY i1 ON t_r1 (id);\nCREATE INDEX CONCURRENTLY i2 ON t_r1 (id);"
	idx.Downgrade = "DROP INDEX CONCURRENTLY i2;\nDROP INDEX CONCURRENTLY i1;"
	g := load(t, rev("r1"), idx, rev("r3", "r2"))
	for _, mode := range []string{PerRevision, PerRun} {
		var log bytes.Buffer
		r := NewRunner(conn, g, Options{Log: &log, Transaction: mode})
		if _, err := r.Upgrade(ctx, "head"); err != nil {
			t.Fatal(mode, err)
		}
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_indexes WHERE indexname IN ('i1', 'i2')").Scan(&n); err != nil || n != 2 {
			t.Errorf("%s: %d indexes, %v", mode, n, err)
		}
		if !strings.Contains(log.String(), "upgrade r2 runs outside a transaction") {
			t.Errorf("%s: log:\n%s", mode, log.String())
		}
		if _, err := r.Downgrade(ctx, "base"); err != nil {
			t.Fatal(mode, err)
		}
		if d := cmp.Diff([]string{"retort_version", "retort_version_history"}, tables(t, conn)); d != "" {
			t.Errorf("%s (-want +got)\n%s", mode, d)
		}
	}
}

func TestBadOptions(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	_, err := NewRunner(conn, linear3(t), Options{Transaction: "never"}).Upgrade(context.Background(), "head")
	if err == nil || !strings.Contains(err.Error(), `transaction mode "never"`) {
		t.Errorf("error %v", err)
	}
}
