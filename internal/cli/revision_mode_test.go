package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestRevisionFileMode: a new revision file is 0644 less the umask, like
// any file the user writes (it was 0600, from os.CreateTemp), and no
// temporary file is left beside it.
func TestRevisionFileMode(t *testing.T) {
	for _, tt := range []struct {
		umask int
		want  os.FileMode
	}{{0o022, 0o644}, {0o077, 0o600}} {
		old := syscall.Umask(tt.umask)
		p := newTestProject(t, "")
		p.run(0, "revision", "-m", "empty", "--rev-id", "abcdefabcdef")
		syscall.Umask(old)
		entries, err := os.ReadDir(filepath.Join(p.dir, "versions"))
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 1 {
			t.Fatalf("umask %04o: versions/ holds %v, want the revision alone", tt.umask, entries)
		}
		info, err := entries[0].Info()
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != tt.want {
			t.Errorf("umask %04o: %s has mode %04o, want %04o", tt.umask, entries[0].Name(), got, tt.want)
		}
	}
}
