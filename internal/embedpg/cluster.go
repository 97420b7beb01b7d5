//go:build unix

package embedpg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/retortdb/retort/internal/devdb/owner"
)

// A Cluster is a running throwaway PostgreSQL server. Its data directory
// and socket live in one temporary directory that Stop removes.
type Cluster struct {
	dir     string // temporary root: data/, sock/, log
	binDir  string
	cred    *syscall.Credential // nil: run as this process's user
	cmd     *exec.Cmd
	exited  chan struct{} // closed when the postgres process has exited
	waitErr error         // set before exited is closed
}

// port only names the socket file (.s.PGSQL.<port>); nothing listens on TCP.
const port = "5432"

// Start creates a temporary cluster and starts a server on it, listening only
// on a unix socket in the cluster's directory. It returns once the server
// accepts connections. The caller must call Stop.
//
// The cluster's directory is named retort-pg-<pid>-<machine>-<random>
// (see package owner), and Start first removes those of processes of this
// machine that have ended and whose server has stopped: what a retort
// killed before it could call Stop left behind.
func Start(ctx context.Context) (*Cluster, error) {
	binDir, err := BinDir()
	if err != nil {
		return nil, err
	}
	cred, pgUser, err := runAs()
	if err != nil {
		return nil, err
	}
	RemoveStale()
	dir, err := os.MkdirTemp(shortTempDir(), dirPrefix())
	if err != nil {
		return nil, fmt.Errorf("embedded postgres: %w", err)
	}
	c := &Cluster{dir: dir, binDir: binDir, cred: cred, exited: make(chan struct{})}
	if err := c.start(ctx, pgUser); err != nil {
		c.kill()
		os.RemoveAll(dir)
		return nil, err
	}
	return c, nil
}

// dirPrefix starts the name of a cluster's directory:
// retort-pg-<pid>-<machine>-, or retort-pg- where the machine is unknown.
func dirPrefix() string {
	if m := owner.Machine(); m != "" {
		return fmt.Sprintf("retort-pg-%d-%s-", os.Getpid(), m)
	}
	return "retort-pg-"
}

var taggedDir = regexp.MustCompile(`^retort-pg-([0-9]+)-([0-9a-f]{12})-[0-9]+$`)

// RemoveStale removes the directories of embedded clusters (in the temp
// dir) whose retort process, on this machine, has ended and whose server
// no longer runs, and returns them. Directories of running processes, of
// other machines sharing the temp dir, and of retort versions that did not
// name them after their process are left alone.
func RemoveStale() []string {
	tmp := shortTempDir()
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		m := taggedDir.FindStringSubmatch(e.Name())
		if m == nil || !e.IsDir() {
			continue
		}
		pid, err := strconv.Atoi(m[1])
		dir := filepath.Join(tmp, e.Name())
		if err != nil || !owner.Gone(pid, m[2]) || serverRuns(filepath.Join(dir, "data")) {
			continue
		}
		if os.RemoveAll(dir) == nil {
			removed = append(removed, dir)
		}
	}
	return removed
}

// serverRuns reports whether the postmaster of data dir runs, by the pid
// in its postmaster.pid (absent once the server has shut down cleanly). A
// pid taken since by another process reads as running: the directory is
// kept rather than taken from under a live server.
func serverRuns(dataDir string) bool {
	b, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
	if errors.Is(err, os.ErrNotExist) {
		return false
	}
	if err != nil {
		return true
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil || pid <= 0 {
		return false
	}
	return !errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}

func (c *Cluster) start(ctx context.Context, pgUser *osUser) error {
	if err := os.Mkdir(c.sockDir(), 0o700); err != nil {
		return fmt.Errorf("embedded postgres: %w", err)
	}
	if pgUser != nil {
		for _, p := range []string{c.dir, c.sockDir()} {
			if err := os.Chown(p, pgUser.uid, pgUser.gid); err != nil {
				return fmt.Errorf("embedded postgres: give %s to user postgres: %w", p, err)
			}
		}
	}
	if err := c.initdb(ctx); err != nil {
		return err
	}
	return c.run(ctx)
}

// run starts postgres on the cluster's data directory and waits until it
// accepts connections.
func (c *Cluster) run(ctx context.Context) error {
	logFile, err := os.OpenFile(c.logPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("embedded postgres: %w", err)
	}
	defer logFile.Close()
	c.cmd = exec.Command(filepath.Join(c.binDir, "postgres"),
		"-D", c.dataDir(),
		"-k", c.sockDir(),
		"-p", port,
		"-F", // fsync off
		"-c", "listen_addresses=",
		"-c", "full_page_writes=off",
		"-c", "synchronous_commit=off",
		"-c", "max_locks_per_transaction=256",
	)
	c.cmd.Dir = c.dir
	c.cmd.Env = childEnv()
	c.cmd.Stdout = logFile
	c.cmd.Stderr = logFile
	c.cmd.SysProcAttr = sysProcAttr(c.cred)
	if err := c.cmd.Start(); err != nil {
		return fmt.Errorf("embedded postgres: start %s: %w", c.cmd.Path, err)
	}
	cmd, exited := c.cmd, c.exited
	go func() {
		c.waitErr = cmd.Wait()
		close(exited)
	}()
	return c.waitReady(ctx)
}

func (c *Cluster) initdb(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, filepath.Join(c.binDir, "initdb"),
		"-D", c.dataDir(), "-A", "trust", "-U", "postgres",
		"--no-sync", "-E", "UTF8", "--locale=C", "--no-instructions")
	cmd.Dir = c.dir
	cmd.Env = childEnv()
	cmd.SysProcAttr = sysProcAttr(c.cred)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("embedded postgres: initdb: %v: %s", err, lastLine(out.String()))
	}
	return nil
}

// waitReady polls the socket until the server accepts a connection, the
// server exits, or ctx ends.
func (c *Cluster) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		conn, err := pgx.Connect(ctx, c.URL())
		if err == nil {
			conn.Close(ctx)
			return nil
		}
		select {
		case <-c.exited:
			log, _ := os.ReadFile(c.logPath())
			return fmt.Errorf("embedded postgres exited during startup (%v): %s", c.waitErr, lastLine(string(log)))
		case <-ctx.Done():
			return fmt.Errorf("embedded postgres: not ready: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// URL returns the URL of the cluster's maintenance database "postgres" as
// superuser postgres, over the cluster's unix socket.
func (c *Cluster) URL() string {
	q := url.Values{"host": {c.sockDir()}, "port": {port}, "sslmode": {"disable"}}
	return "postgres://postgres@/postgres?" + q.Encode()
}

// DataDir returns the cluster's data directory (PGDATA).
func (c *Cluster) DataDir() string { return c.dataDir() }

// Stop shuts the server down (fast shutdown: open sessions are
// disconnected) and removes the cluster's directory.
func (c *Cluster) Stop() error {
	stopErr := c.Halt()
	if err := os.RemoveAll(c.dir); err != nil && stopErr == nil {
		stopErr = fmt.Errorf("embedded postgres: remove %s: %w", c.dir, err)
	}
	return stopErr
}

// Halt shuts the server down (fast shutdown: open sessions are
// disconnected) and keeps the cluster, for Resume to start it again: a
// server restart, for tests of what outlives one.
func (c *Cluster) Halt() error {
	if c.cmd == nil || c.cmd.Process == nil {
		return nil
	}
	select {
	case <-c.exited:
		return nil
	default:
	}
	_ = c.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-c.exited:
		return nil
	case <-time.After(30 * time.Second):
		c.kill()
		return errors.New("embedded postgres did not shut down in 30s; killed")
	}
}

// Resume starts the server of a halted cluster again and returns once it
// accepts connections.
func (c *Cluster) Resume(ctx context.Context) error {
	select {
	case <-c.exited:
	default:
		return errors.New("embedded postgres: Resume of a running server")
	}
	c.exited, c.waitErr = make(chan struct{}), nil
	return c.run(ctx)
}

// kill ends the server's whole process group at once and waits for it.
func (c *Cluster) kill() {
	if c.cmd == nil || c.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
	<-c.exited
}

func (c *Cluster) dataDir() string { return filepath.Join(c.dir, "data") }
func (c *Cluster) sockDir() string { return filepath.Join(c.dir, "sock") }
func (c *Cluster) logPath() string { return filepath.Join(c.dir, "postgres.log") }

// shortTempDir returns a temporary directory whose paths stay short enough
// for a unix socket name (about 100 bytes).
func shortTempDir() string {
	if d := os.TempDir(); len(d) < 60 {
		return d
	}
	return "/tmp"
}

// childEnv is this process's environment without PG* variables, which
// would otherwise steer initdb and postgres (PGDATA, PGPORT, ...).
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			env = append(env, kv)
		}
	}
	return append(env, "LC_ALL=C")
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
