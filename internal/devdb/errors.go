package devdb

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// Sentinel errors, matched with errors.Is on the errors this package
// returns.
var (
	// ErrBadURL: the connection string cannot be parsed.
	ErrBadURL = errors.New("bad database URL")
	// ErrUnreachable: nothing answers at the server's address.
	ErrUnreachable = errors.New("server unreachable")
	// ErrAuth: the server refused the user or password.
	ErrAuth = errors.New("authentication failed")
	// ErrNoDatabase: the database named in the URL does not exist.
	ErrNoDatabase = errors.New("database does not exist")
	// ErrCreateDB: the role may not create databases.
	ErrCreateDB = errors.New("cannot create database")
	// ErrNotDropped: DB.Remains before Drop was called.
	ErrNotDropped = errors.New("scratch database not dropped yet")
)

// A ConnectError is a failed connection, with the address tried and a hint
// for the user. It matches one of the sentinel errors through errors.Is and
// wraps the driver's error.
type ConnectError struct {
	Kind error  // ErrUnreachable, ErrAuth, ErrNoDatabase, or nil
	Addr string // host:port or unix socket directory
	User string
	DB   string
	// Reason is the short cause, e.g. "connection refused".
	Reason string
	// Hint says what to do, e.g. "is PostgreSQL running? ...".
	Hint string
	Err  error
}

func (e *ConnectError) Error() string {
	s := fmt.Sprintf("connect to %s (database %q, user %q): %s", e.Addr, e.DB, e.User, e.Reason)
	if e.Hint != "" {
		s += "; " + e.Hint
	}
	return s
}

// Unwrap returns the sentinel kind and the driver's error.
func (e *ConnectError) Unwrap() []error {
	if e.Kind == nil {
		return []error{e.Err}
	}
	return []error{e.Kind, e.Err}
}

// classifyConnect turns a pgx connect error into a *ConnectError.
// unreachableHint is the advice when nothing answers.
func classifyConnect(cfg *pgconn.Config, err error, unreachableHint string) error {
	ce := &ConnectError{Addr: addr(cfg), User: cfg.User, DB: cfg.Database, Err: err}
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr):
		ce.Reason = pgErr.Message
		switch pgErr.Code {
		case "28P01", "28000":
			ce.Kind = ErrAuth
			ce.Hint = "check the user and password in the URL"
		case "3D000":
			ce.Kind = ErrNoDatabase
			ce.Hint = "check the database name in the URL"
		}
	case errors.Is(err, context.DeadlineExceeded):
		ce.Kind, ce.Reason, ce.Hint = ErrUnreachable, "timed out", unreachableHint
	case errors.Is(err, context.Canceled):
		ce.Reason = "canceled"
	default:
		ce.Reason = netReason(err)
		if isNetErr(err) {
			ce.Kind, ce.Hint = ErrUnreachable, unreachableHint
		}
	}
	if ce.Kind == nil && ce.Reason == "" {
		ce.Reason = oneLine(err.Error())
	}
	return ce
}

func isNetErr(err error) bool {
	var ne net.Error
	var errno syscall.Errno
	var dnsErr *net.DNSError
	return errors.As(err, &ne) || errors.As(err, &errno) || errors.As(err, &dnsErr)
}

// netReason returns the innermost cause of a network error, such as
// "connection refused" or "no such host".
func netReason(err error) string {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "no such host " + dnsErr.Name
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timed out"
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Err != nil {
		return oneLine(opErr.Err.Error())
	}
	return ""
}

// addr names the server a config points at: host:port, or the unix socket
// directory for a socket.
func addr(cfg *pgconn.Config) string {
	if strings.HasPrefix(cfg.Host, "/") {
		return fmt.Sprintf("socket %s/.s.PGSQL.%d", cfg.Host, cfg.Port)
	}
	return net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.Port))
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
