package devdb

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/retortdb/retort/internal/devdb/owner"
	"github.com/retortdb/retort/internal/embedpg"
	"github.com/retortdb/retort/internal/pgtest"
)

// startCluster starts a throwaway cluster, for tests that stop its server.
func startCluster(t *testing.T) *embedpg.Cluster {
	t.Helper()
	c, err := embedpg.Start(context.Background())
	if err != nil {
		pgtest.SkipMissing(t, "a throwaway cluster", err.Error())
	}
	t.Cleanup(func() { c.Stop() })
	return c
}

// TestScratchDropAcrossRestart restarts the server while a scratch
// database is in use, and drops it while the server is still down: the
// drop reconnects once the server is back.
func TestScratchDropAcrossRestart(t *testing.T) {
	c := startCluster(t)
	ctx := context.Background()
	db, err := Create(ctx, c.URL())
	if err != nil {
		t.Fatal(err)
	}
	conn, err := Connect(ctx, db.URL(), HintDevServer)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := c.Halt(); err != nil {
		t.Fatal(err)
	}
	if conn.Ping(ctx) == nil {
		t.Fatal("the session outlived the server")
	}
	resumed := make(chan error, 1)
	go func() {
		time.Sleep(1500 * time.Millisecond)
		resumed <- c.Resume(ctx)
	}()
	if err := db.Drop(ctx); err != nil {
		t.Errorf("Drop: %v", err)
	}
	if err := <-resumed; err != nil {
		t.Fatal(err)
	}
	if exists(t, c.URL(), db.Name()) {
		t.Errorf("scratch database %s left after the restart", db.Name())
	}
	if err := db.Remains(); err != nil {
		t.Errorf("Remains after Drop: %v", err)
	}
}

// TestScratchDropNamesLeftover: when the server stays down, the error
// names the database and says how to drop it.
func TestScratchDropNamesLeftover(t *testing.T) {
	defer func(p []time.Duration) { dropPauses = p }(dropPauses)
	dropPauses = []time.Duration{10 * time.Millisecond, 10 * time.Millisecond}
	c := startCluster(t)
	ctx := context.Background()
	db, err := Create(ctx, c.URL())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Halt(); err != nil {
		t.Fatal(err)
	}
	err = db.Drop(ctx)
	var de *DropError
	if !errors.As(err, &de) {
		t.Fatalf("Drop: %v, want a *DropError", err)
	}
	cfg, _ := ParseConfig(c.URL())
	want := fmt.Sprintf("drop scratch database %[1]s on %[2]s: no such file or directory; drop it by hand: DROP DATABASE %[3]s WITH (FORCE)",
		db.Name(), addr(&cfg.Config), pgx.Identifier{db.Name()}.Sanitize())
	if owner.Machine() != "" {
		want += ", or let the next retort run on this machine do it"
	}
	if d := cmp.Diff(want, err.Error()); d != "" {
		t.Errorf("message (-want +got)\n%s", d)
	}
	if !errors.Is(db.Remains(), err) {
		t.Errorf("Remains: %v", db.Remains())
	}
}

// TestScratchSweep makes scratch databases as retort processes of this
// machine, of another machine and of an older retort would have left them:
// Sweep drops only the one of this machine whose process has ended.
func TestScratchSweep(t *testing.T) {
	machine := owner.Machine()
	if machine == "" {
		t.Skip("this machine cannot be told from another")
	}
	server := pgtest.ServerURL(t)
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	alive := exec.Command("sleep", "60")
	if err := alive.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { alive.Process.Kill(); alive.Wait() }()
	other := strings.Repeat("0", 12)
	if machine == other {
		other = strings.Repeat("1", 12)
	}
	names := map[string]string{
		"dead":          fmt.Sprintf("%s%d_%s_%s", Prefix, dead.Process.Pid, machine, randomHex(4)),
		"alive":         fmt.Sprintf("%s%d_%s_%s", Prefix, alive.Process.Pid, machine, randomHex(4)),
		"other machine": fmt.Sprintf("%s%d_%s_%s", Prefix, dead.Process.Pid, other, randomHex(4)),
		"untagged":      Prefix + randomHex(8),
	}
	create := func(name string) {
		ident := pgx.Identifier{name}.Sanitize()
		pgtest.Exec(t, server, "CREATE DATABASE "+ident+" TEMPLATE template0")
		t.Cleanup(func() { pgtest.Exec(t, server, "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)") })
	}
	for _, name := range names {
		create(name)
	}
	// Other test processes on this server sweep too (every retort command
	// that makes a scratch database does), and one may drop the dead
	// process's database first: then this Sweep cannot report it, so the
	// test tries again with a new one, a few times. Sweep must report it
	// at least once, and drop only it.
	var got []string
	for try := 0; try < 5; try++ {
		stale, err := Sweep(context.Background(), server)
		if err != nil {
			t.Fatal(err)
		}
		got = nil
		for _, s := range stale {
			if s.Name == names["dead"] {
				got = append(got, fmt.Sprintf("%s pid %d err %v", s.Name, s.PID, s.Err))
			}
		}
		if len(got) > 0 || exists(t, server, names["dead"]) {
			break
		}
		names["dead"] = fmt.Sprintf("%s%d_%s_%s", Prefix, dead.Process.Pid, machine, randomHex(4))
		create(names["dead"])
	}
	want := []string{fmt.Sprintf("%s pid %d err <nil>", names["dead"], dead.Process.Pid)}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("swept (-want +got)\n%s", d)
	}
	for kind, name := range names {
		if exists(t, server, name) != (kind != "dead") {
			t.Errorf("%s scratch database %s: exists %v after Sweep", kind, name, !exists(t, server, name))
		}
	}
}

// TestScratchNamed: a scratch database carries the creating process's pid
// and machine, and a comment saying whose it is.
func TestScratchNamed(t *testing.T) {
	server := pgtest.ServerURL(t)
	ctx := context.Background()
	db, err := Create(ctx, server)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Drop(ctx)
	if m := owner.Machine(); m != "" {
		if want := fmt.Sprintf("%s%d_%s_", Prefix, os.Getpid(), m); !strings.HasPrefix(db.Name(), want) {
			t.Errorf("name %s, want it to start with %s", db.Name(), want)
		}
	}
	var comment string
	err = pgtest.Connect(t, server).QueryRow(ctx, "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", db.Name()).Scan(&comment)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("retort scratch database of process %d on host ", os.Getpid()); !strings.HasPrefix(comment, want) {
		t.Errorf("comment %q, want it to start with %q", comment, want)
	}
}
