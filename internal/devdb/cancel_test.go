package devdb

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/retortdb/retort/internal/pgtest"
)

// TestCancelStopsStatement cancels the context of a statement waiting on a
// lock another session holds: the server must stop it, not run it on once
// the lock is released.
func TestCancelStopsStatement(t *testing.T) {
	url := pgtest.NewDatabase(t)
	bg := context.Background()
	holder := pgtest.Connect(t, url)
	if _, err := holder.Exec(bg, "CREATE TABLE t (id int)"); err != nil {
		t.Fatal(err)
	}
	tx, err := holder.Begin(bg)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(bg)
	if _, err := tx.Exec(bg, "LOCK TABLE t IN ACCESS SHARE MODE"); err != nil {
		t.Fatal(err)
	}

	conn, err := Connect(bg, url, HintDevServer)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(bg)
	pid := conn.PgConn().PID()
	ctx, cancel := context.WithCancel(bg)
	done := make(chan error, 1)
	go func() {
		_, err := conn.Exec(ctx, "ALTER TABLE t ADD COLUMN note text")
		done <- err
	}()
	watcher := pgtest.Connect(t, url)
	state := func() string {
		var s string
		err := watcher.QueryRow(bg, "SELECT coalesce(max(state || '/' || coalesce(wait_event_type, '')), 'gone') FROM pg_stat_activity WHERE pid = $1", pid).Scan(&s)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	deadline := time.Now().Add(20 * time.Second)
	for state() != "active/Lock" {
		if time.Now().After(deadline) {
			t.Fatalf("the ALTER TABLE never waited on the lock (state %s)", state())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("the cancelled ALTER TABLE succeeded")
		}
	case <-time.After(cancelGrace + 5*time.Second):
		t.Fatal("Exec did not return after its context was cancelled")
	}
	// The server answered the cancel request: the backend is idle (or
	// gone), whatever the client did with the connection.
	if s := state(); s == "active/Lock" || s == "active/" {
		t.Errorf("backend %d still runs the ALTER TABLE after the cancel (state %s)", pid, s)
	}
	if err := tx.Rollback(bg); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // time for a backend left waiting to commit
	var n int
	if err := watcher.QueryRow(bg, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'note'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Error("the cancelled ALTER TABLE added the column once the lock was released")
	}
	if err := conn.Ping(bg); err != nil {
		t.Errorf("the connection is unusable after the cancel: %v", err)
	}
}

// TestCancelClosesSilentConnection: when the server does not answer the
// cancel request, the connection is closed after cancelGrace rather than
// waited on for ever.
func TestCancelClosesSilentConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go silentServer(ln)
	bg := context.Background()
	url := fmt.Sprintf("postgres://bob@%s/db?sslmode=disable", ln.Addr())
	conn, err := Connect(bg, url, HintDevServer)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(bg)
	ctx, cancel := context.WithTimeout(bg, 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = conn.Exec(ctx, "SELECT 1")
	took := time.Since(start)
	if err == nil {
		t.Fatal("Exec succeeded on a server that never answers")
	}
	if took < cancelGrace || took > cancelGrace+5*time.Second {
		t.Errorf("Exec returned after %v, want about %v", took, cancelGrace)
	}
	if !conn.IsClosed() {
		t.Error("the connection is still open")
	}
}

// silentServer accepts connections, completes the startup of each and then
// answers nothing: not the query, not a cancel request.
func silentServer(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			be := pgproto3.NewBackend(c, c)
			for {
				msg, err := be.ReceiveStartupMessage()
				if err != nil {
					return
				}
				switch msg.(type) {
				case *pgproto3.SSLRequest, *pgproto3.GSSEncRequest:
					if _, err := c.Write([]byte("N")); err != nil {
						return
					}
					continue
				case *pgproto3.StartupMessage:
					be.Send(&pgproto3.AuthenticationOk{})
					be.Send(&pgproto3.BackendKeyData{ProcessID: 1, SecretKey: []byte{1, 2, 3, 4}})
					be.Send(&pgproto3.ReadyForQuery{TxStatus: 'I'})
					if err := be.Flush(); err != nil {
						return
					}
				}
				break
			}
			for {
				if _, err := be.Receive(); err != nil {
					return
				}
			}
		}()
	}
}
