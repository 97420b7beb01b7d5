//go:build linux

package owner

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestGone(t *testing.T) {
	m := Machine()
	if len(m) != 12 {
		t.Fatalf("Machine() = %q, want 12 hex digits", m)
	}
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	alive := exec.Command("sleep", "60")
	if err := alive.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { alive.Process.Kill(); alive.Wait() }()
	zombie := exec.Command("true")
	if err := zombie.Start(); err != nil {
		t.Fatal(err)
	}
	defer zombie.Wait()
	other := strings.Repeat("0", 12)
	tests := []struct {
		name    string
		pid     int
		machine string
		want    bool
	}{
		{"ended", dead.Process.Pid, m, true},
		{"running", alive.Process.Pid, m, false},
		{"this process", os.Getpid(), m, false},
		{"ended, another machine", dead.Process.Pid, other, false},
		{"ended, unknown machine", dead.Process.Pid, "", false},
		{"no pid", 0, m, false},
	}
	for _, tt := range tests {
		if got := Gone(tt.pid, tt.machine); got != tt.want {
			t.Errorf("%s: Gone(%d, %q) = %v, want %v", tt.name, tt.pid, tt.machine, got, tt.want)
		}
	}
	// A child that has exited but is not collected yet has ended.
	for i := 0; !Gone(zombie.Process.Pid, m); i++ {
		if i > 500 {
			t.Fatal("an exited, uncollected child is not gone")
		}
		exec.Command("sleep", "0.01").Run()
	}
}
