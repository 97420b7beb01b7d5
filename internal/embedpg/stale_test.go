//go:build linux

package embedpg

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/devdb/owner"
	"github.com/retortdb/retort/internal/pgtest/missing"
)

// TestStaleDirRemoved kills (SIGKILL) a process running a cluster, whose
// directory is left behind, and requires the next Start to remove it, and
// to leave the directories of a running process, of another machine and of
// an older retort alone.
func TestStaleDirRemoved(t *testing.T) {
	if _, err := BinDir(); errors.Is(err, ErrNoBinaries) {
		missing.Skip(t, "PostgreSQL server binaries", err.Error())
	}
	m := owner.Machine()
	if m == "" {
		t.Skip("this machine cannot be told from another")
	}
	ownerPID, killed := killedClusterOwner(t)
	if _, err := os.Stat(killed); err != nil {
		t.Fatalf("the killed process left no directory: %v", err)
	}

	running := exec.Command("sleep", "60")
	if err := running.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { running.Process.Kill(); running.Wait() }()
	other := strings.Repeat("0", 12)
	kept := map[string]string{
		"running process": fmt.Sprintf("retort-pg-%d-%s-1", running.Process.Pid, m),
		"other machine":   fmt.Sprintf("retort-pg-%d-%s-1", ownerPID, other),
		"older retort":    "retort-pg-1" + fmt.Sprint(ownerPID),
	}
	for _, name := range kept {
		dir := filepath.Join(shortTempDir(), name)
		if err := os.MkdirAll(filepath.Join(dir, "data"), 0o700); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
	}

	c, err := Start(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	if _, err := os.Stat(killed); !os.IsNotExist(err) {
		t.Errorf("directory %s of the killed process is still there (err %v)", killed, err)
	}
	for kind, name := range kept {
		if _, err := os.Stat(filepath.Join(shortTempDir(), name)); err != nil {
			t.Errorf("directory of a %s removed: %v", kind, err)
		}
	}
	if !strings.HasPrefix(filepath.Base(c.dir), fmt.Sprintf("retort-pg-%d-%s-", os.Getpid(), m)) {
		t.Errorf("cluster directory %s is not named after its process", c.dir)
	}
}

// TestHaltResume restarts a cluster's server: sessions end, the data stays.
func TestHaltResume(t *testing.T) {
	if _, err := BinDir(); errors.Is(err, ErrNoBinaries) {
		missing.Skip(t, "PostgreSQL server binaries", err.Error())
	}
	ctx := context.Background()
	c, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	conn, err := pgx.Connect(ctx, c.URL())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "CREATE TABLE kept (id int)"); err != nil {
		t.Fatal(err)
	}
	if err := c.Halt(); err != nil {
		t.Fatal(err)
	}
	if conn.Ping(ctx) == nil {
		t.Error("a session outlived Halt")
	}
	if err := c.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	conn, err = pgx.Connect(ctx, c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "SELECT * FROM kept"); err != nil {
		t.Errorf("after Resume: %v", err)
	}
}
