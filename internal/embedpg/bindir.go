package embedpg

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ErrNoBinaries reports that no PostgreSQL server binaries (initdb and
// postgres) were found on this machine.
var ErrNoBinaries = errors.New("no PostgreSQL binaries found (install the PostgreSQL server package or set RETORT_PG_BINDIR to the directory holding initdb and postgres)")

// BinDir returns the directory holding initdb and postgres. It looks at
// $RETORT_PG_BINDIR, then `pg_config --bindir`, then the highest
// /usr/lib/postgresql/*/bin, then initdb on PATH.
func BinDir() (string, error) {
	if d := os.Getenv("RETORT_PG_BINDIR"); d != "" {
		if !hasServer(d) {
			return "", fmt.Errorf("RETORT_PG_BINDIR=%s holds no initdb and postgres", d)
		}
		return d, nil
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		if d := strings.TrimSpace(string(out)); hasServer(d) {
			return d, nil
		}
	}
	if d := highestDebianBinDir("/usr/lib/postgresql"); d != "" {
		return d, nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if d := filepath.Dir(p); hasServer(d) {
			return d, nil
		}
	}
	return "", ErrNoBinaries
}

func hasServer(dir string) bool {
	for _, name := range []string{"initdb", "postgres"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// highestDebianBinDir returns root/<major>/bin for the highest numeric major
// version that holds the server binaries, or "".
func highestDebianBinDir(root string) string {
	entries, err := os.ReadDir(root)
	if err != nil {
		return ""
	}
	type version struct {
		name  string
		major float64
	}
	var vs []version
	for _, e := range entries {
		if v, err := strconv.ParseFloat(e.Name(), 64); err == nil {
			vs = append(vs, version{e.Name(), v})
		}
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].major > vs[j].major })
	for _, v := range vs {
		if d := filepath.Join(root, v.name, "bin"); hasServer(d) {
			return d
		}
	}
	return ""
}
