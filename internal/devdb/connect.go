package devdb

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
)

// HintDevServer is the advice given when the scratch server does not answer.
const HintDevServer = "is PostgreSQL running? set --dev-url or RETORT_DEV_URL"

// defaultConnectTimeout applies when the URL sets no connect_timeout, so an
// address that drops packets fails instead of hanging.
const defaultConnectTimeout = 15 * time.Second

// cancelGrace is how long a statement whose context ends may take to
// answer the cancel request sent for it, before its connection is closed.
// By default pgx only closes the connection, and the server, which does not
// notice a closed socket while the backend waits on a lock or computes,
// runs the statement on, and may commit it, after retort has exited.
const cancelGrace = 5 * time.Second

// A URLError is a connection string that cannot be parsed. Its message shows
// the string with any password masked.
type URLError struct {
	URL    string // masked
	Reason string
}

func (e *URLError) Error() string {
	return fmt.Sprintf("invalid database URL %q: %s; write it as postgres://user:password@host:port/database", e.URL, e.Reason)
}

// Unwrap returns ErrBadURL.
func (e *URLError) Unwrap() error { return ErrBadURL }

// ParseConfig parses a connection string (URL or key=value form). A failure
// is a *URLError; so is a URL that an unencoded "@" or "/" in its password
// would make connect elsewhere than meant (see userinfoEnd).
//
// The statements of a connection made from the config are cancelled on the
// server when their context ends: a cancel request is sent at once, and
// the connection is closed if the server has not answered it after
// cancelGrace.
func ParseConfig(connString string) (*pgx.ConnConfig, error) {
	if reason := ambiguousUserinfo(connString); reason != "" {
		return nil, &URLError{URL: Mask(connString), Reason: reason}
	}
	cfg, err := pgx.ParseConfig(connString)
	if err != nil {
		msg := err.Error()
		// pgconn's text is "cannot parse `<string>`: <reason>"; keep the
		// reason only, the string is shown masked by URLError.
		if i := strings.Index(msg, "`: "); i >= 0 {
			msg = msg[i+3:]
		}
		return nil, &URLError{URL: Mask(connString), Reason: MaskText(connString, msg)}
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = defaultConnectTimeout
	}
	cfg.BuildContextWatcherHandler = func(c *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: c, DeadlineDelay: cancelGrace}
	}
	return cfg, nil
}

// Connect opens a connection. A failure is a *URLError or a *ConnectError,
// whose message ends with unreachableHint when nothing answers.
func Connect(ctx context.Context, connString, unreachableHint string) (*pgx.Conn, error) {
	cfg, err := ParseConfig(connString)
	if err != nil {
		return nil, err
	}
	return connectConfig(ctx, cfg, unreachableHint)
}

func connectConfig(ctx context.Context, cfg *pgx.ConnConfig, unreachableHint string) (*pgx.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, classifyConnect(&cfg.Config, err, unreachableHint)
	}
	return conn, nil
}

// WithDatabase returns connString pointing at database name instead.
func WithDatabase(connString, name string) (string, error) {
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		u, err := url.Parse(connString)
		if err != nil {
			return "", &URLError{URL: Mask(connString), Reason: MaskText(connString, err.Error())}
		}
		u.Path = "/" + name
		u.RawPath = ""
		if q := u.Query(); q.Has("dbname") {
			q.Del("dbname")
			u.RawQuery = q.Encode()
		}
		return u.String(), nil
	}
	// key=value form: a later key overrides an earlier one.
	return strings.TrimSpace(connString) + " dbname='" + strings.ReplaceAll(name, `'`, `\'`) + "'", nil
}
