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
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// A Cluster is a running throwaway PostgreSQL server. Its data directory
// and socket live in one temporary directory that Stop removes.
type Cluster struct {
	dir     string // temporary root: data/, sock/, log
	binDir  string
	cmd     *exec.Cmd
	exited  chan struct{} // closed when the postgres process has exited
	waitErr error         // set before exited is closed
}

// port only names the socket file (.s.PGSQL.<port>); nothing listens on TCP.
const port = "5432"

// Start creates a temporary cluster and starts a server on it, listening only
// on a unix socket in the cluster's directory. It returns once the server
// accepts connections. The caller must call Stop.
func Start(ctx context.Context) (*Cluster, error) {
	binDir, err := BinDir()
	if err != nil {
		return nil, err
	}
	cred, owner, err := runAs()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(shortTempDir(), "retort-pg-")
	if err != nil {
		return nil, fmt.Errorf("embedded postgres: %w", err)
	}
	c := &Cluster{dir: dir, binDir: binDir, exited: make(chan struct{})}
	if err := c.start(ctx, cred, owner); err != nil {
		c.kill()
		os.RemoveAll(dir)
		return nil, err
	}
	return c, nil
}

func (c *Cluster) start(ctx context.Context, cred *syscall.Credential, owner *osUser) error {
	if err := os.Mkdir(c.sockDir(), 0o700); err != nil {
		return fmt.Errorf("embedded postgres: %w", err)
	}
	if owner != nil {
		for _, p := range []string{c.dir, c.sockDir()} {
			if err := os.Chown(p, owner.uid, owner.gid); err != nil {
				return fmt.Errorf("embedded postgres: give %s to user postgres: %w", p, err)
			}
		}
	}
	if err := c.initdb(ctx, cred); err != nil {
		return err
	}
	logFile, err := os.OpenFile(c.logPath(), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
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
	c.cmd.SysProcAttr = sysProcAttr(cred)
	if err := c.cmd.Start(); err != nil {
		return fmt.Errorf("embedded postgres: start %s: %w", c.cmd.Path, err)
	}
	go func() {
		c.waitErr = c.cmd.Wait()
		close(c.exited)
	}()
	return c.waitReady(ctx)
}

func (c *Cluster) initdb(ctx context.Context, cred *syscall.Credential) error {
	cmd := exec.CommandContext(ctx, filepath.Join(c.binDir, "initdb"),
		"-D", c.dataDir(), "-A", "trust", "-U", "postgres",
		"--no-sync", "-E", "UTF8", "--locale=C", "--no-instructions")
	cmd.Dir = c.dir
	cmd.Env = childEnv()
	cmd.SysProcAttr = sysProcAttr(cred)
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
	var stopErr error
	if c.cmd != nil && c.cmd.Process != nil {
		select {
		case <-c.exited:
		default:
			_ = c.cmd.Process.Signal(syscall.SIGINT)
			select {
			case <-c.exited:
			case <-time.After(30 * time.Second):
				c.kill()
				stopErr = errors.New("embedded postgres did not shut down in 30s; killed")
			}
		}
	}
	if err := os.RemoveAll(c.dir); err != nil && stopErr == nil {
		stopErr = fmt.Errorf("embedded postgres: remove %s: %w", c.dir, err)
	}
	return stopErr
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
