//go:build linux

package embedpg

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/retortdb/retort/internal/pgtest/missing"
)

// TestDiesWithParent starts a cluster in a child process, kills the child
// with SIGKILL (no cleanup runs) and requires the server to go away.
func TestDiesWithParent(t *testing.T) {
	if os.Getenv("RETORT_EMBEDPG_HELPER") == "1" {
		c, err := Start(context.Background())
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		fmt.Println("PID", c.cmd.Process.Pid, c.dir)
		time.Sleep(time.Minute)
		os.Exit(0)
	}
	if _, err := BinDir(); errors.Is(err, ErrNoBinaries) {
		missing.Skip(t, "PostgreSQL server binaries", err.Error())
	}
	killedClusterOwner(t)
}

// killedClusterOwner starts a cluster in a child process (the helper of
// TestDiesWithParent), kills the child with SIGKILL, waits until its
// server has gone too, and returns the child's pid and the cluster's
// directory, which nobody removed (the test does, when it ends).
func killedClusterOwner(t *testing.T) (ownerPID int, dir string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDiesWithParent$")
	cmd.Env = append(os.Environ(), "RETORT_EMBEDPG_HELPER=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "PID ") {
		cmd.Process.Kill()
		t.Fatalf("helper said %q (%v)", line, err)
	}
	var pid int
	fmt.Sscanf(line, "PID %d %s", &pid, &dir)
	t.Cleanup(func() { os.RemoveAll(dir) }) // the killed helper could not
	cmd.Process.Kill()
	cmd.Wait()
	deadline := time.Now().Add(15 * time.Second)
	for alive(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("postgres (pid %d) still runs 15s after its parent died", pid)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return cmd.Process.Pid, dir
}

// alive reports whether pid runs and is not a zombie.
func alive(pid int) bool {
	b, err := os.ReadFile(filepath.Join("/proc", fmt.Sprint(pid), "stat"))
	if err != nil {
		return false
	}
	// The state follows the parenthesized command name.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}
