package cli

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/embedpg"
	"github.com/retortdb/retort/internal/pgtest"
)

// waitFor polls query (its first column, as text) on url until it is not
// "" and returns it, or fails the test after 20 s.
func waitFor(t *testing.T, cmd *exec.Cmd, url, what, query string, args ...any) string {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background()) // not left to count as retort's
	deadline := time.Now().Add(20 * time.Second)
	for {
		var s string
		err := conn.QueryRow(context.Background(), query, args...).Scan(&s)
		if err == nil && s != "" {
			return s
		}
		if err != nil && err != pgx.ErrNoRows {
			t.Fatal(err)
		}
		if time.Now().After(deadline) {
			if cmd != nil {
				cmd.Process.Kill()
			}
			t.Fatalf("%s never happened", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitExit waits for cmd to exit, at most limit, and returns its exit code
// and how long it took.
func waitExit(t *testing.T, cmd *exec.Cmd, limit time.Duration) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode(), time.Since(start)
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("retort still ran %v after the signal", limit)
		return 0, 0
	}
}

// TestSignalUpgradeCancelsStatement sends SIGTERM to retort while its
// revision waits on a lock another session holds. The server must stop the
// statement (not run it once the lock is released, after retort has gone),
// and the database stays at the previous revision.
func TestSignalUpgradeCancelsStatement(t *testing.T) {
	p := newTestProject(t, "")
	p.writeChain("e0000000000", "CREATE TABLE t (id int)", "ALTER TABLE t ADD COLUMN note text")
	p.run(0, "upgrade", "e00000000001")

	ctx := context.Background()
	holder := pgtest.Connect(t, p.url)
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "LOCK TABLE t IN ACCESS SHARE MODE"); err != nil {
		t.Fatal(err)
	}

	cmd := retortProcess(t, "-c", filepath.Join(p.dir, "retort.yaml"), "upgrade", "head")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, cmd, p.url, "the ALTER TABLE waiting on the lock",
		"SELECT pid::text FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%ADD COLUMN note%' AND pid <> pg_backend_pid()")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	code, took := waitExit(t, cmd, 15*time.Second)
	t.Logf("retort exited %d after %v\nstdout:\n%s\nstderr:\n%s", code, took, &stdout, &stderr)
	if code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}
	if took > 3*time.Second {
		t.Errorf("retort took %v to exit after SIGTERM", took)
	}
	if !strings.Contains(strings.ToLower(stderr.String()), "interrupt") {
		t.Errorf("stderr does not say retort was interrupted:\n%s", &stderr)
	}

	// retort has exited: none of its sessions may still run or wait. The
	// server ends a session within moments of its client closing it.
	others := fmt.Sprintf("SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), %d)", holder.PgConn().PID())
	deadline := time.Now().Add(3 * time.Second)
	for p.query(others) != "0" {
		if time.Now().After(deadline) {
			t.Fatalf("a session of retort outlived it: %s", p.query("SELECT string_agg(pid || ' ' || state || ' ' || coalesce(wait_event_type, '') || ' ' || query, '; ') FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // time for a statement left waiting to go on
	if got := p.query("SELECT count(*)::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'note' AND NOT attisdropped"); got != "0" {
		t.Error("the interrupted revision's ALTER TABLE added the column")
	}
	if got := p.versionTable(); got != "e00000000001" {
		t.Errorf("version table %q, want the previous revision e00000000001", got)
	}
}

// TestScratchLeftByKilledRetort kills retort (SIGKILL) while it loads a
// SQL file into a scratch database, which stays; the next run drops it.
func TestScratchLeftByKilledRetort(t *testing.T) {
	dev := pgtest.ServerURL(t)
	dir := t.TempDir()
	slow := writeFile(t, dir, "slow.sql", "CREATE TABLE a (id int);\nSELECT pg_sleep(60);\n")
	b := writeFile(t, dir, "b.sql", "CREATE TABLE b (id int);\n")
	cmd := retortProcess(t, "diff", "--from", slow, "--to", b, "--dev-url", dev)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	left := waitFor(t, cmd, dev, "the scratch database's slow statement",
		`SELECT datname FROM pg_stat_activity WHERE datname LIKE 'retort\_scratch\_' || $1 || '\_%' AND wait_event = 'PgSleep'`,
		fmt.Sprint(cmd.Process.Pid))
	t.Cleanup(func() {
		pgtest.Exec(t, dev, "DROP DATABASE IF EXISTS "+pgx.Identifier{left}.Sanitize()+" WITH (FORCE)")
	})
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if !databaseExists(t, dev, left) {
		t.Fatalf("the killed retort left no scratch database %s", left)
	}
	code, _, errs := run(t, "diff", "--from", b, "--to", b, "--dev-url", dev)
	if code != ExitOK {
		t.Fatalf("the next run: exit %d\n%s", code, errs)
	}
	if databaseExists(t, dev, left) {
		t.Errorf("scratch database %s of the killed retort is still there after the next run", left)
	}
}

// TestScratchServerRestartDuringDiff restarts the scratch server while
// retort diff loads a SQL file; the server is still down when retort drops
// its scratch database, which it must do once the server is back.
func TestScratchServerRestartDuringDiff(t *testing.T) {
	ctx := context.Background()
	c, err := embedpg.Start(ctx)
	if err != nil {
		pgtest.SkipMissing(t, "a throwaway cluster", err.Error())
	}
	defer c.Stop()
	dir := t.TempDir()
	slow := writeFile(t, dir, "slow.sql", "CREATE TABLE a (id int);\nSELECT pg_sleep(60);\n")
	b := writeFile(t, dir, "b.sql", "CREATE TABLE b (id int);\n")
	restarted := make(chan error, 1)
	go func() {
		conn, err := pgx.Connect(ctx, c.URL())
		if err != nil {
			restarted <- err
			return
		}
		defer conn.Close(ctx)
		for {
			var n int
			err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'").Scan(&n)
			if err != nil {
				restarted <- err
				return
			}
			if n > 0 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err := c.Halt(); err != nil {
			restarted <- err
			return
		}
		time.Sleep(time.Second)
		restarted <- c.Resume(ctx)
	}()
	code, _, errs := run(t, "diff", "--from", slow, "--to", b, "--dev-url", c.URL())
	if err := <-restarted; err != nil {
		t.Fatal(err)
	}
	if code != ExitError {
		t.Errorf("exit %d, want %d (the server went away mid-load)", code, ExitError)
	}
	t.Logf("stderr:\n%s", errs)
	conn := pgtest.Connect(t, c.URL())
	rows, err := conn.Query(ctx, `SELECT datname FROM pg_database WHERE datname LIKE 'retort\_scratch\_%'`)
	if err != nil {
		t.Fatal(err)
	}
	left, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(left) > 0 {
		t.Errorf("scratch databases left after the restart: %v", left)
	}
}

func databaseExists(t *testing.T, server, name string) bool {
	t.Helper()
	var n int
	err := pgtest.Connect(t, server).QueryRow(context.Background(), "SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n == 1
}
