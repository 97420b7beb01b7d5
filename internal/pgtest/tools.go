package pgtest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/pgtest/missing"
)

// SkipMissing stops a test that cannot run here because what (a program,
// the corpus, a cluster) is missing; why says what it is needed for and how
// to get it. Under CI (the environment variable CI is "true") the test
// fails instead: there a missing tool is a broken setup, and a skip would
// let the suite pass having tested less. Every test that skips for a
// missing tool goes through here (or, in the packages pgtest imports,
// through package missing, which this calls).
func SkipMissing(t testing.TB, what, why string) {
	t.Helper()
	missing.Skip(t, what, why)
}

// Program returns the path of the program name on PATH, else (for a
// PostgreSQL client such as psql, which Debian keeps off PATH without
// postgresql-client-common) in the test server's binary directory or
// /usr/lib/postgresql/<major>/bin; else it stops the test through
// SkipMissing, with why saying what the test needs it for. Unlike
// ClientTool it takes any version.
func Program(t testing.TB, name, why string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, dir := range []string{serverBinDir(), fmt.Sprintf("/usr/lib/postgresql/%d/bin", Major(t))} {
		if p := filepath.Join(dir, name); dir != "" && isExecutable(p) {
			return p
		}
	}
	SkipMissing(t, name, why)
	return ""
}

// isExecutable reports whether path is a file someone may execute.
func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

// clientTools caches ClientTool's answers by program name.
var clientTools struct {
	mu    sync.Mutex
	paths map[string]string
	errs  map[string]string
}

// ClientTool returns the path of the PostgreSQL client program name
// (pg_dump, psql) for the test server: the server's major's, else the
// nearest newer major's. It looks in the server's own binary directory
// (pg_config's BINDIR, which a superuser may read), in
// /usr/lib/postgresql/*/bin, in the client builds of scripts/pg-client.sh
// (clientDirs) and on PATH, and goes by what each prints for --version.
// An older pg_dump refuses a newer server; a newer one dumps older servers
// (back to 9.2, as its manual says), which the matrix needs: its server
// builds come without client programs, and Debian has only its own
// major's. When there is none, the test stops through SkipMissing.
func ClientTool(t testing.TB, name string) string {
	t.Helper()
	major := Major(t)
	clientTools.mu.Lock()
	defer clientTools.mu.Unlock()
	if p, ok := clientTools.paths[name]; ok {
		return p
	}
	if why, ok := clientTools.errs[name]; ok {
		SkipMissing(t, fmt.Sprintf("%s for PostgreSQL %d", name, major), why)
	}
	var candidates []string
	if dir := serverBinDir(); dir != "" {
		candidates = append(candidates, filepath.Join(dir, name))
	}
	debian, _ := filepath.Glob(filepath.Join("/usr/lib/postgresql", "*", "bin", name))
	candidates = append(candidates, debian...)
	for _, dir := range clientDirs() {
		candidates = append(candidates, filepath.Join(dir, name))
	}
	if p, err := exec.LookPath(name); err == nil {
		candidates = append(candidates, p)
	}
	best, bestMajor := "", 0
	var tried []string
	for _, p := range candidates {
		m := toolMajor(p)
		if m == 0 {
			continue
		}
		tried = append(tried, fmt.Sprintf("%s (%d)", p, m))
		if m >= major && (bestMajor == 0 || m < bestMajor) {
			best, bestMajor = p, m
		}
	}
	if best != "" {
		if bestMajor != major {
			t.Logf("pgtest: no %s of PostgreSQL %d; using %s, of %d", name, major, best, bestMajor)
		}
		return rememberTool(name, best)
	}
	why := fmt.Sprintf("no %s of PostgreSQL %d or newer in the server's binary directory, /usr/lib/postgresql/*/bin, the client builds (%s) or PATH (found: %s); build one with scripts/pg-client.sh 18 or install the client of the server's major",
		name, major, strings.Join(clientDirs(), ", "), strings.Join(tried, ", "))
	if clientTools.errs == nil {
		clientTools.errs = map[string]string{}
	}
	clientTools.errs[name] = why
	SkipMissing(t, fmt.Sprintf("%s for PostgreSQL %d", name, major), why)
	return ""
}

// clientDirs returns the bin directories of the client builds that
// scripts/pg-client.sh makes: those RETORT_PG_CLIENT_DIRS names (a list
// like PATH, which scripts/pg-matrix.sh exports), and client-*/bin in
// pg-client.sh's cache ($RETORT_PG_CACHE, else /var/cache/retort/pg for
// root and ${XDG_CACHE_HOME:-~/.cache}/retort/pg for others), so that a
// go test run outside the scripts finds them too.
func clientDirs() []string {
	dirs := filepath.SplitList(os.Getenv("RETORT_PG_CLIENT_DIRS"))
	cache := os.Getenv("RETORT_PG_CACHE")
	if cache == "" {
		if os.Geteuid() == 0 {
			cache = "/var/cache/retort/pg"
		} else if base, err := os.UserCacheDir(); err == nil {
			cache = filepath.Join(base, "retort", "pg")
		}
	}
	if cache != "" {
		built, _ := filepath.Glob(filepath.Join(cache, "client-*", "bin"))
		dirs = append(dirs, built...)
	}
	seen := map[string]bool{}
	var out []string
	for _, d := range dirs {
		if d != "" && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// rememberTool caches path as the client program name and returns it; the
// caller holds clientTools.mu.
func rememberTool(name, path string) string {
	if clientTools.paths == nil {
		clientTools.paths = map[string]string{}
	}
	clientTools.paths[name] = path
	return path
}

// serverBinDir returns the test server's binary directory as the server
// reports it (relocated where it was moved), "" when it cannot tell (a
// role that may not read pg_config).
func serverBinDir() string {
	ctx := context.Background()
	server.mu.Lock()
	defer server.mu.Unlock()
	if server.admin == nil || server.admin.IsClosed() {
		conn, err := pgx.Connect(ctx, server.url)
		if err != nil {
			return ""
		}
		server.admin = conn
	}
	var dir string
	if err := server.admin.QueryRow(ctx, "SELECT setting FROM pg_config WHERE name = 'BINDIR'").Scan(&dir); err != nil {
		return ""
	}
	return dir
}

// toolMajor returns the PostgreSQL major a client program prints in its
// --version ("pg_dump (PostgreSQL) 15.20 (Debian ...)"), 0 when it does
// not run.
func toolMajor(path string) int {
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		return 0
	}
	_, v, ok := strings.Cut(string(out), ") ")
	if !ok {
		return 0
	}
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end < 0 {
		end = len(v)
	}
	n, _ := strconv.Atoi(v[:end])
	return n
}
