package embedpg

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest/missing"
)

func TestStartStop(t *testing.T) {
	if _, err := BinDir(); errors.Is(err, ErrNoBinaries) {
		missing.Skip(t, "PostgreSQL server binaries", err.Error())
	}
	ctx := context.Background()
	start := time.Now()
	c, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("started in %v at %s", time.Since(start), c.URL())
	conn, err := pgx.Connect(ctx, c.URL())
	if err != nil {
		c.Stop()
		t.Fatal(err)
	}
	var user, db, fsync string
	err = conn.QueryRow(ctx, "SELECT current_user, current_database(), current_setting('fsync')").Scan(&user, &db, &fsync)
	if err != nil {
		t.Error(err)
	}
	if user != "postgres" || db != "postgres" || fsync != "off" {
		t.Errorf("got user %q db %q fsync %q, want postgres postgres off", user, db, fsync)
	}
	// An open session must not block a fast shutdown.
	dir := c.DataDir()
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("data directory %s still exists after Stop (err %v)", dir, err)
	}
	if err := conn.Ping(ctx); err == nil {
		t.Error("connection still alive after Stop")
	}
}

func TestBinDirEnv(t *testing.T) {
	t.Setenv("RETORT_PG_BINDIR", t.TempDir())
	_, err := BinDir()
	if err == nil {
		t.Fatal("BinDir accepted a directory without initdb")
	}
}
