package devdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/retortdb/retort/internal/devdb/owner"
)

// Prefix starts the name of every scratch database, so leftovers can be
// found (and dropped) by hand.
const Prefix = "retort_scratch_"

// taggedName is the name of a scratch database made on a machine that
// owner can tell apart: retort_scratch_<pid>_<machine>_<random>. The pid
// and machine are in the name rather than only in a comment, so that a
// process killed between CREATE DATABASE and COMMENT leaves a database the
// next run can still judge.
var taggedName = regexp.MustCompile(`^` + Prefix + `([0-9]+)_([0-9a-f]{12})_[0-9a-f]{8}$`)

// A DB is a scratch database on some server. The caller must Drop it.
type DB struct {
	name      string
	url       string
	serverURL string
	addr      string

	mu      sync.Mutex
	remains error // nil once dropped
}

// A CreateError is a scratch database that could not be created. It
// matches ErrCreateDB through errors.Is when the role lacks CREATEDB.
type CreateError struct {
	Addr   string
	Role   string
	Reason string // one line
	Err    error
}

func (e *CreateError) Error() string {
	return fmt.Sprintf("create scratch database on %s: %s", e.Addr, e.Reason)
}

// Unwrap returns ErrCreateDB for a permission failure, and the driver's
// error.
func (e *CreateError) Unwrap() []error {
	var pgErr *pgconn.PgError
	if errors.As(e.Err, &pgErr) && pgErr.Code == "42501" {
		return []error{ErrCreateDB, e.Err}
	}
	return []error{e.Err}
}

// A DropError is a scratch database that may still exist: dropping it
// failed, also after reconnecting. Its message names the database and says
// how to drop it.
type DropError struct {
	Name   string
	Addr   string
	Reason string // one line
	Err    error
}

func (e *DropError) Error() string {
	s := fmt.Sprintf("drop scratch database %s on %s: %s; drop it by hand: DROP DATABASE %s WITH (FORCE)",
		e.Name, e.Addr, e.Reason, pgx.Identifier{e.Name}.Sanitize())
	if taggedName.MatchString(e.Name) {
		s += ", or let the next retort run on this machine do it"
	}
	return s
}

// Unwrap returns the driver's error.
func (e *DropError) Unwrap() error { return e.Err }

// Create creates an empty database from template0 on the server at
// serverURL (any database of that server may be named in it). Its name
// starts with Prefix and, on a machine package owner can tell, carries
// this process's pid and machine so that Sweep can drop it once the process
// is gone; a COMMENT ON DATABASE says so for whoever finds it. Connection
// failures are a *URLError or *ConnectError; a failed CREATE DATABASE is a
// *CreateError.
func Create(ctx context.Context, serverURL string) (*DB, error) {
	conn, err := Connect(ctx, serverURL, HintDevServer)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))

	cfg := conn.Config()
	db := &DB{name: newName(), serverURL: serverURL, addr: addr(&cfg.Config), remains: ErrNotDropped}
	if db.url, err = WithDatabase(serverURL, db.name); err != nil {
		return nil, err
	}
	sql := "CREATE DATABASE " + pgx.Identifier{db.name}.Sanitize() + " TEMPLATE template0"
	if _, err := conn.Exec(ctx, sql); err != nil {
		ce := &CreateError{Addr: db.addr, Role: cfg.User, Err: err}
		var pgErr *pgconn.PgError
		switch {
		case errors.As(err, &pgErr) && pgErr.Code == "42501":
			ce.Reason = fmt.Sprintf("role %q cannot create databases; use --dev-url with a role that has CREATEDB", cfg.User)
		case errors.As(err, &pgErr):
			ce.Reason = fmt.Sprintf("%s (SQLSTATE %s)", oneLine(pgErr.Message), pgErr.Code)
		default:
			// The connection broke: the server may have created the
			// database before it could answer.
			ce.Reason = oneLine(err.Error())
			if dropErr := db.Drop(ctx); dropErr != nil {
				ce.Reason += "; " + dropErr.Error()
			}
		}
		return nil, ce
	}
	// The comment is for people; Sweep reads the name. A failure here
	// leaves a database the caller drops as any other.
	_, _ = conn.Exec(ctx, "COMMENT ON DATABASE "+pgx.Identifier{db.name}.Sanitize()+" IS "+quoteLiteral(comment()))
	return db, nil
}

// newName returns retort_scratch_<pid>_<machine>_<random>, or
// retort_scratch_<random> where the machine is unknown.
func newName() string {
	if m := owner.Machine(); m != "" {
		return fmt.Sprintf("%s%d_%s_%s", Prefix, os.Getpid(), m, randomHex(4))
	}
	return Prefix + randomHex(8)
}

func comment() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("retort scratch database of process %d on host %s, made %s; retort drops it once that process has ended",
		os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
}

func quoteLiteral(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// Name returns the database's name.
func (db *DB) Name() string { return db.name }

// URL returns the connection string of the scratch database.
func (db *DB) URL() string { return db.url }

// Drop drops the database, disconnecting any session still in it. It runs
// on a fresh connection and ignores ctx's cancellation (so it also cleans up
// after Ctrl-C), with no statement or lock timeout: dropping a large
// database may take a while. When the server does not answer or drops the
// connection (a restart, say), it tries again for about 15 s. A failure is
// a *DropError, which names the database to drop by hand. Dropping a
// dropped database does nothing.
func (db *DB) Drop(ctx context.Context) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.remains == nil {
		return nil
	}
	db.remains = dropDatabase(context.WithoutCancel(ctx), db.serverURL, db.name, db.addr)
	return db.remains
}

// Remains reports whether the database may still exist: nil once Drop
// succeeded, ErrNotDropped before Drop was called, else the last Drop's
// *DropError.
func (db *DB) Remains() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.remains
}

// dropPauses are the waits between attempts to drop a scratch database
// while its server does not answer: about 15 s in all, enough for a fast
// restart or a short crash recovery.
var dropPauses = []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}

// dropConnectTimeout bounds each attempt's connect, so that a server that
// drops packets does not multiply defaultConnectTimeout by the attempts.
const dropConnectTimeout = 5 * time.Second

// dropDatabase drops database name on the server at serverURL (at
// address), trying again while the failure is transient.
func dropDatabase(ctx context.Context, serverURL, name, address string) error {
	for i := 0; ; i++ {
		err := dropOnce(ctx, serverURL, name)
		if err == nil {
			return nil
		}
		if !transient(err) || i == len(dropPauses) {
			return &DropError{Name: name, Addr: address, Reason: reason(err), Err: err}
		}
		time.Sleep(dropPauses[i])
	}
}

func dropOnce(ctx context.Context, serverURL, name string) error {
	cfg, err := ParseConfig(serverURL)
	if err != nil {
		return err
	}
	cfg.RuntimeParams["statement_timeout"] = "0"
	cfg.RuntimeParams["lock_timeout"] = "0"
	if cfg.ConnectTimeout > dropConnectTimeout {
		cfg.ConnectTimeout = dropConnectTimeout
	}
	conn, err := connectConfig(ctx, cfg, "")
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	return err
}

// transient reports whether err may go away by itself: the server is
// restarting, refused or lost the connection, or the database was busy.
func transient(err error) bool {
	if errors.Is(err, ErrBadURL) || errors.Is(err, ErrAuth) || errors.Is(err, ErrNoDatabase) {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "57P01", "57P02", "57P03", // admin or crash shutdown, cannot connect now
			"55006", // object in use
			"53300": // too many connections
			return true
		}
		return strings.HasPrefix(pgErr.Code, "08") // connection exception
	}
	return true
}

// reason is err in one line, with the SQLSTATE of a server error.
func reason(err error) string {
	var ce *ConnectError
	if errors.As(err, &ce) {
		return oneLine(ce.Reason) // the address is in the DropError
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Sprintf("%s (SQLSTATE %s)", oneLine(pgErr.Message), pgErr.Code)
	}
	return oneLine(err.Error())
}

// A Stale is a scratch database found by Sweep.
type Stale struct {
	Name string
	Addr string // the server's address
	PID  int    // the retort process that made it, now gone
	Err  error  // nil when dropped, else a *DropError
}

// Sweep drops the scratch databases on the server at serverURL that a
// retort process of this machine made and that process has ended (it was
// killed, or could not drop them), and returns them. Scratch databases of
// running processes, of other machines or of an unknown one, and of roles
// this one may not drop are left alone. A failure to list them is a
// *URLError, a *ConnectError or the driver's error.
func Sweep(ctx context.Context, serverURL string) ([]Stale, error) {
	conn, err := Connect(ctx, serverURL, HintDevServer)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	cfg := conn.Config()
	// pg_has_role: the owner's role, or a superuser, may drop it.
	rows, err := conn.Query(ctx, `SELECT datname FROM pg_database
		WHERE datname LIKE 'retort\_scratch\_%' AND pg_has_role(datdba, 'USAGE') ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("list scratch databases on %s: %w", addr(&cfg.Config), err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("list scratch databases on %s: %w", addr(&cfg.Config), err)
	}
	var stale []Stale
	for _, name := range names {
		m := taggedName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		pid, err := strconv.Atoi(m[1])
		if err != nil || !owner.Gone(pid, m[2]) {
			continue
		}
		s := Stale{Name: name, Addr: addr(&cfg.Config), PID: pid}
		s.Err = dropDatabase(context.WithoutCancel(ctx), serverURL, name, s.Addr)
		stale = append(stale, s)
	}
	return stale, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}
