package migrate

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/retortdb/retort/internal/pgtest"
)

// scalar returns the one value of a query, as text ("" for NULL), on a
// connection of its own.
func scalar(t *testing.T, url, sql string) string {
	t.Helper()
	var v *string
	if err := pgtest.Connect(t, url).QueryRow(context.Background(), sql).Scan(&v); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	if v == nil {
		return ""
	}
	return *v
}

func TestTransactionControlStatement(t *testing.T) {
	tests := []struct{ sql, want string }{
		{"BEGIN", "BEGIN"},
		{"begin work", "BEGIN"},
		{"START TRANSACTION ISOLATION LEVEL SERIALIZABLE", "START TRANSACTION"},
		{"COMMIT", "COMMIT"},
		{"/* done */ commit and chain", "COMMIT"},
		{"END", "END"},
		{"ROLLBACK", "ROLLBACK"},
		{"ROLLBACK TO SAVEPOINT s", "ROLLBACK TO SAVEPOINT"},
		{"ABORT", "ABORT"},
		{"SAVEPOINT s", "SAVEPOINT"},
		{"RELEASE SAVEPOINT s", "RELEASE"},
		{"PREPARE TRANSACTION 'x'", "PREPARE TRANSACTION"},
		{"COMMIT PREPARED 'x'", "COMMIT PREPARED"},
		{"ROLLBACK PREPARED 'x'", "ROLLBACK PREPARED"},
		{"PREPARE q AS SELECT 1", ""},
		{"START_TIME", ""},
		{"DO $$ BEGIN COMMIT; END $$", ""},
		{"CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$", ""},
		{"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END", ""},
		{`SELECT 'COMMIT'`, ""},
		{`"begin"`, ""},
	}
	for _, tt := range tests {
		if got := transactionControl(tt.sql); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.sql, got, tt.want)
		}
	}
}

// TestTransactionControlRefused runs revisions that control transactions
// themselves: the run is refused before anything runs (not even the
// revisions before, nor the version tables), naming the file and line.
// Without the check, "CREATE TABLE three (id int); ROLLBACK;" succeeded
// with the table rolled back and the revision recorded as applied.
func TestTransactionControlRefused(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct{ name, up, down, want string }{
		{"rollback", "CREATE TABLE three (id int);\nROLLBACK;", "",
			"versions/r2.sql:8: ROLLBACK in the upgrade section of revision r2: remove it; retort runs each revision in a transaction of its own and records it in the same transaction " +
				`(a revision with statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY, says so with the header line "-- Transaction: false")`},
		{"commit mid-revision", "CREATE TABLE three (id int);\nCOMMIT;\nCREATE TABLE four (id int);", "",
			"versions/r2.sql:8: COMMIT in the upgrade section"},
		{"begin", "-- a comment\nBEGIN;\nCREATE TABLE three (id int);\nEND;", "",
			"versions/r2.sql:8: BEGIN in the upgrade section"},
		{"savepoint", "SAVEPOINT s;\nCREATE TABLE three (id int);\nRELEASE SAVEPOINT s;", "",
			"versions/r2.sql:7: SAVEPOINT in the upgrade section"},
		{"downgrade", "CREATE TABLE three (id int);", "DROP TABLE three;\nCOMMIT;",
			"versions/r2.sql:11: COMMIT in the downgrade section"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			conn := pgtest.Connect(t, pgtest.NewDatabase(t))
			r2 := rev("r2", "r1")
			r2.Upgrade = tt.up
			if tt.down != "" {
				r2.Downgrade = tt.down
			}
			g := load(t, rev("r1"), r2)
			r := NewRunner(conn, g, Options{})
			if tt.down != "" {
				if _, err := r.Upgrade(ctx, "head"); err != nil {
					t.Fatal(err)
				}
				_, err := r.Downgrade(ctx, "base")
				if !errors.Is(err, ErrTransactionControl) || !strings.HasPrefix(err.Error(), tt.want) {
					t.Fatalf("downgrade: %v\nwant %s", err, tt.want)
				}
				if d := cmp.Diff([]string{"r2"}, current(t, r)); d != "" {
					t.Errorf("version table (-want +got)\n%s", d)
				}
				return
			}
			_, err := r.Upgrade(ctx, "head")
			if !errors.Is(err, ErrTransactionControl) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("upgrade: %v\nwant %s", err, tt.want)
			}
			if d := cmp.Diff([]string{}, tables(t, conn)); d != "" {
				t.Errorf("something ran (-want +got)\n%s", d)
			}
		})
	}
}

// TestTransactionControlInBodies checks that COMMIT in a DO block or a
// procedure's body, and a BEGIN ATOMIC body, are not refused.
func TestTransactionControlInBodies(t *testing.T) {
	conn := pgtest.Connect(t, pgtest.NewDatabase(t))
	r1 := rev("r1")
	r1.Upgrade = `CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;
DO $$ BEGIN IF false THEN COMMIT; END IF; END $$;
CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
CREATE TABLE t_r1 (id int);`
	if _, err := NewRunner(conn, load(t, r1), Options{}).Upgrade(context.Background(), "head"); err != nil {
		t.Fatal(err)
	}
}

// partialRevision is a revision outside a transaction whose fourth
// statement (a unique index) fails while t holds duplicates, after a
// session setting, an index and a table that a rerun must not build again.
func partialRevision() *Revision {
	r2 := rev("r2", "r1")
	r2.NoTransaction = true
	r2.Upgrade = `SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);
CREATE TABLE side (id int);
CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON t (b);
RESET lock_timeout;`
	r2.Downgrade = "DROP INDEX CONCURRENTLY t_b_key;\nDROP TABLE side;\nDROP INDEX CONCURRENTLY t_a_idx;"
	return r2
}

// TestPartialRevision checks what a revision outside a transaction that
// fails half way leaves: its completed statements in a "partial" history
// row and in the error, and a rerun (once the cause is fixed) that
// resumes after them and rebuilds the INVALID index the failed build
// left, with no manual step.
func TestPartialRevision(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	conn := pgtest.Connect(t, url)
	r1 := rev("r1")
	r1.Upgrade = "CREATE TABLE t (a int, b int);\nINSERT INTO t SELECT g, 1 FROM generate_series(1, 100) g;"
	g := load(t, r1, partialRevision())
	var log bytes.Buffer
	r := NewRunner(conn, g, Options{Log: &log})
	_, err := r.Upgrade(ctx, "head")
	var pe *PartialError
	want := `versions/r2.sql:11: upgrade r2: could not create unique index "t_b_key" (SQLSTATE 23505); Key (b)=(1) is duplicated.; ` +
		"revision r2 ran 3 of 5 statements outside a transaction (Transaction: false): statements 1-3 are committed, statement 4 (versions/r2.sql:11) failed; " +
		"the database is still at r1; fix the cause and run upgrade again: it resumes at statement 4 (the history table records the progress) " +
		"(it drops the INVALID index t_b_key the stopped build may leave, and builds it again)"
	if !errors.As(err, &pe) || err.Error() != want {
		t.Fatalf("error:\n%v\nwant:\n%s", err, want)
	}
	var se *SQLError
	if !errors.As(err, &se) || se.Line != 11 {
		t.Errorf("not an *SQLError at line 11 underneath: %#v", se)
	}
	type row struct {
		Op, Dir, Rev string
		Done         int
		Before       []string
	}
	history := func() []row {
		t.Helper()
		hist, err := r.History(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var rows []row
		for _, h := range hist {
			rows = append(rows, row{h.Operation, h.Direction, h.Revision, h.StatementsDone, h.VersionBefore})
		}
		return rows
	}
	partial := row{"partial", "up", "r2", 3, []string{"r1"}}
	if d := cmp.Diff([]row{{"migration", "up", "r1", 0, []string{}}, partial}, history()); d != "" {
		t.Errorf("history after the failure (-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"r1"}, current(t, r)); d != "" {
		t.Errorf("version table (-want +got)\n%s", d)
	}
	if got := scalar(t, url, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 't_b_key'::regclass"); got != "false" {
		t.Fatalf("t_b_key valid: %s, want an INVALID index left by the failed build", got)
	}

	pgtest.Exec(t, url, "UPDATE t SET b = a")
	log.Reset()
	if _, err := r.Upgrade(ctx, "head"); err != nil {
		t.Fatalf("rerun: %v\nlog:\n%s", err, log.String())
	}
	for _, line := range []string{
		"resuming upgrade r2 at statement 4 of 5: an earlier run completed statements 1-3 (history row 2)\n",
		"dropping index public.t_b_key: it is INVALID, left by a CREATE INDEX CONCURRENTLY that stopped; it is built again next\n",
	} {
		if !strings.Contains(log.String(), line) {
			t.Errorf("rerun log lacks %q:\n%s", line, log.String())
		}
	}
	if got := scalar(t, url, "SELECT string_agg(indexrelid::regclass || ' ' || indisvalid, ', ' ORDER BY 1) FROM pg_index WHERE indrelid = 't'::regclass"); got != "t_a_idx true, t_b_key true" {
		t.Errorf("indexes of t: %s", got)
	}
	// The failed attempt's row stays; the rerun's own progress row gives
	// way to the step's.
	if d := cmp.Diff([]row{{"migration", "up", "r1", 0, []string{}}, partial, {"migration", "up", "r2", 0, []string{"r1"}}}, history()); d != "" {
		t.Errorf("history after the rerun (-want +got)\n%s", d)
	}
	if d := cmp.Diff([]string{"r2"}, current(t, r)); d != "" {
		t.Errorf("version table after the rerun (-want +got)\n%s", d)
	}
	if got := scalar(t, url, "SELECT current_setting('lock_timeout')"); got != "0" {
		t.Errorf("lock_timeout on another session: %s", got)
	}
}

// TestPartialRevisionNoHistory: with no history table, the error says
// that a rerun runs every statement again.
func TestPartialRevisionNoHistory(t *testing.T) {
	url := pgtest.NewDatabase(t)
	r1 := rev("r1")
	r1.Upgrade = "CREATE TABLE t (a int, b int);\nINSERT INTO t VALUES (1, 1), (2, 1);"
	_, err := NewRunner(pgtest.Connect(t, url), load(t, r1, partialRevision()), Options{HistoryTable: "-"}).Upgrade(context.Background(), "head")
	want := "fix the cause and run upgrade again: with no history table it runs every statement again, so undo statements 1-3 or make them safe to repeat first"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v\nwant it to say: %s", err, want)
	}
}

// TestPartialRevisionEdited: a revision whose file changed since its
// partial run runs every statement again.
func TestPartialRevisionEdited(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	r1 := rev("r1")
	r1.Upgrade = "CREATE TABLE t (a int, b int);\nINSERT INTO t VALUES (1, 1), (2, 1);"
	r2 := partialRevision()
	var pe *PartialError
	if _, err := NewRunner(pgtest.Connect(t, url), load(t, r1, r2), Options{}).Upgrade(ctx, "head"); !errors.As(err, &pe) {
		t.Fatalf("first run: %v", err)
	}
	pgtest.Exec(t, url, "UPDATE t SET b = a")
	r2.Upgrade = strings.Replace(r2.Upgrade, "CREATE TABLE side", "CREATE TABLE IF NOT EXISTS side", 1)
	r2.Upgrade = strings.Replace(r2.Upgrade, "CONCURRENTLY t_a_idx", "CONCURRENTLY IF NOT EXISTS t_a_idx", 1)
	var log bytes.Buffer
	if _, err := NewRunner(pgtest.Connect(t, url), load(t, r1, r2), Options{Log: &log}).Upgrade(ctx, "head"); err != nil {
		t.Fatal(err)
	}
	if want := "an earlier upgrade of r2 stopped after statement 3 (history row 2), but its file changed since: every statement runs again\n"; !strings.Contains(log.String(), want) {
		t.Errorf("log lacks %q:\n%s", want, log.String())
	}
}

func TestConcurrentIndexStatement(t *testing.T) {
	tests := []struct{ sql, name, table string }{
		{"CREATE INDEX CONCURRENTLY i ON t (a)", "i", `"t"`},
		{"create unique index concurrently if not exists I on only s.T using btree (a)", "i", `"s"."t"`},
		{`CREATE INDEX CONCURRENTLY "My Idx" ON "My Schema"."T" (a)`, "My Idx", `"My Schema"."T"`},
		{"CREATE INDEX CONCURRENTLY ON t (a)", "", ""},
		{"CREATE INDEX i ON t (a)", "", ""},
		{"DROP INDEX CONCURRENTLY i", "", ""},
	}
	for _, tt := range tests {
		name, table, ok := concurrentIndex(tt.sql)
		if name != tt.name || table != tt.table || ok != (tt.name != "") {
			t.Errorf("%q: %q %q %v, want %q %q", tt.sql, name, table, ok, tt.name, tt.table)
		}
	}
}

// connectWith opens a connection whose context handling sends the server
// a cancel request (cancel), as the CLI's does, or closes the connection
// (pgx's default).
func connectWith(t *testing.T, url string, cancel bool) *pgx.Conn {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	if cancel {
		cfg.BuildContextWatcherHandler = func(c *pgconn.PgConn) ctxwatch.Handler {
			return &pgconn.CancelRequestContextWatcherHandler{Conn: c, DeadlineDelay: 10 * time.Second}
		}
	}
	conn, err := pgx.ConnectConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// upgradeInterrupted runs an upgrade to head and cancels its context once
// the database runs a pg_sleep.
func upgradeInterrupted(t *testing.T, url string, r *Runner) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		_, err := r.Upgrade(ctx, "head")
		errc <- err
	}()
	deadline := time.Now().Add(20 * time.Second)
	for scalar(t, url, "SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE 'SELECT pg_sleep%'") == "0" {
		select {
		case err := <-errc:
			t.Fatalf("upgrade ended before the interruption: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the slow statement never started")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	return <-errc
}

// TestInterrupted cancels the context of an upgrade in the middle of a
// revision: the error says what state the revision is in, the version
// table is unchanged, and (when the connection survives the cancel) the
// transaction is rolled back and the advisory lock released on it.
func TestInterrupted(t *testing.T) {
	for _, handler := range []struct {
		name   string
		cancel bool
	}{{"cancel request", true}, {"connection closed", false}} {
		t.Run(handler.name+"/transaction", func(t *testing.T) {
			url := pgtest.NewDatabase(t)
			slow := rev("r2", "r1")
			slow.Upgrade = "CREATE TABLE t_r2 (id int);\nSELECT pg_sleep(3);"
			conn := connectWith(t, url, handler.cancel)
			r := NewRunner(conn, load(t, rev("r1"), slow), Options{})
			if _, err := r.Upgrade(context.Background(), "r1"); err != nil {
				t.Fatal(err)
			}
			err := upgradeInterrupted(t, url, r)
			var ie *InterruptedError
			if want := "interrupted: revision r2 was rolled back; the database is still at r1"; !errors.As(err, &ie) || err.Error() != want || !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v\nwant %s", err, want)
			}
			if got := scalar(t, url, "SELECT string_agg(version_num, ',') FROM retort_version"); got != "r1" {
				t.Errorf("version table %q", got)
			}
			if got := scalar(t, url, "SELECT to_regclass('t_r2')::text"); got != "" {
				t.Errorf("t_r2 is visible: %s", got)
			}
			if !handler.cancel {
				return
			}
			if s := conn.PgConn().TxStatus(); s != 'I' {
				t.Errorf("the connection is left in transaction status %c", s)
			}
			if got := scalar(t, url, "SELECT count(*)::text FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"); got != "0" {
				t.Errorf("%s advisory locks held after the interruption", got)
			}
		})
		t.Run(handler.name+"/outside a transaction", func(t *testing.T) {
			url := pgtest.NewDatabase(t)
			slow := rev("r2", "r1")
			slow.NoTransaction = true
			slow.Upgrade = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nSELECT pg_sleep(3);\nCREATE TABLE c (id int);"
			g := load(t, rev("r1"), slow)
			r := NewRunner(connectWith(t, url, handler.cancel), g, Options{})
			if _, err := r.Upgrade(context.Background(), "r1"); err != nil {
				t.Fatal(err)
			}
			err := upgradeInterrupted(t, url, r)
			stopped := "was cancelled"
			if !handler.cancel {
				stopped = "was stopped and may have completed on the server"
			}
			want := "interrupted: revision r2 ran 2 of 4 statements outside a transaction (Transaction: false): statements 1-2 are committed, statement 3 (versions/r2.sql:10) " + stopped +
				"; the database is still at r1; run upgrade again: it resumes at statement 3 (the history table records the progress)"
			var pe *PartialError
			if !errors.As(err, &pe) || err.Error() != want {
				t.Fatalf("error %v\nwant %s", err, want)
			}
			if got := scalar(t, url, "SELECT string_agg(version_num, ',') FROM retort_version"); got != "r1" {
				t.Errorf("version table %q", got)
			}
			if !handler.cancel {
				return
			}
			var log bytes.Buffer
			if _, err := NewRunner(pgtest.Connect(t, url), g, Options{Log: &log}).Upgrade(context.Background(), "head"); err != nil {
				t.Fatalf("rerun: %v", err)
			}
			if !strings.Contains(log.String(), "resuming upgrade r2 at statement 3 of 4") {
				t.Errorf("rerun log:\n%s", log.String())
			}
			if got := scalar(t, url, "SELECT string_agg(version_num, ',') FROM retort_version"); got != "r2" {
				t.Errorf("version table after the rerun %q", got)
			}
		})
	}
}

// holdLock takes lock on table in a transaction of another session, kept
// until the test ends.
func holdLock(t *testing.T, url, table, mode string) {
	t.Helper()
	holder := pgtest.Connect(t, url)
	if _, err := holder.Exec(context.Background(), "BEGIN; LOCK TABLE "+table+" IN "+mode+" MODE"); err != nil {
		t.Fatal(err)
	}
}

// TestLockTimeout runs revisions, written by hand, whose ALTER TABLE waits
// for a lock another session holds: Options.LockTimeout makes it give up,
// a revision in a transaction is tried LockRetries more times, one outside
// a transaction only when none of its statements ran; the session's
// lock_timeout is restored after.
func TestLockTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // no lock_timeout would wait forever
	defer cancel()
	alter := rev("r2", "r1")
	alter.Upgrade = "ALTER TABLE t_r1 ADD COLUMN c int;"
	outsideFirst := rev("r2", "r1")
	outsideFirst.NoTransaction = true
	outsideFirst.Upgrade = "ALTER TABLE t_r1 ADD COLUMN c int;\nCREATE TABLE x (id int);"
	outsideLater := rev("r2", "r1")
	outsideLater.NoTransaction = true
	outsideLater.Upgrade = "CREATE TABLE x (id int);\nALTER TABLE t_r1 ADD COLUMN c int;"
	for _, tt := range []struct {
		name    string
		r2      *Revision
		tries   int
		partial bool
	}{
		{"in a transaction", alter, 2, false},
		{"outside a transaction, first statement", outsideFirst, 2, false},
		{"outside a transaction, after a statement", outsideLater, 1, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			url := pgtest.NewDatabase(t)
			conn := pgtest.Connect(t, url)
			var log bytes.Buffer
			r := NewRunner(conn, load(t, rev("r1"), tt.r2), Options{Log: &log, LockTimeout: "200ms", LockRetries: 1})
			if _, err := r.Upgrade(ctx, "r1"); err != nil {
				t.Fatal(err)
			}
			holdLock(t, url, "t_r1", "ACCESS SHARE")
			_, err := r.Upgrade(ctx, "head")
			if !lockTimedOut(err) {
				t.Fatalf("error %v, want a lock timeout", err)
			}
			var lte *LockTimeoutError
			var pe *PartialError
			switch {
			case tt.tries > 1 && (!errors.As(err, &lte) || lte.Tries != tt.tries || !strings.HasSuffix(err.Error(), "gave up after 2 tries: another session holds a lock the revision needs (pg_locks and pg_stat_activity show which); run again when it is done, or raise lock_timeout or lock_retries")):
				t.Errorf("error %v, want %d tries", err, tt.tries)
			case tt.partial && !errors.As(err, &pe):
				t.Errorf("error %v, want a *PartialError", err)
			}
			// A transaction's steps are announced on each try.
			if got, want := strings.Count(log.String(), "upgrade r1 -> r2"), map[bool]int{true: 1, false: tt.tries}[tt.r2.NoTransaction]; got != want {
				t.Errorf("step announced %d times, want %d:\n%s", got, want, log.String())
			}
			if got := strings.Count(log.String(), "lock timeout: "); got != tt.tries-1 {
				t.Errorf("%d retries in the log, want %d:\n%s", got, tt.tries-1, log.String())
			}
			if d := cmp.Diff([]string{"r1"}, current(t, r)); d != "" {
				t.Errorf("version table (-want +got)\n%s", d)
			}
			var setting string
			if err := conn.QueryRow(ctx, "SELECT current_setting('lock_timeout')").Scan(&setting); err != nil || setting != "0" {
				t.Errorf("lock_timeout after the run: %q, %v (want it restored to 0)", setting, err)
			}
		})
	}
}
