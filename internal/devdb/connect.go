package devdb

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// HintDevServer is the advice given when the scratch server does not answer.
const HintDevServer = "is PostgreSQL running? set --dev-url or RETORT_DEV_URL"

// defaultConnectTimeout applies when the URL sets no connect_timeout, so an
// address that drops packets fails instead of hanging.
const defaultConnectTimeout = 15 * time.Second

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
// is a *URLError.
func ParseConfig(connString string) (*pgx.ConnConfig, error) {
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

var (
	urlPassword = regexp.MustCompile(`(://[^:/@?#]*:)[^@/?#]*@`)
	kvPassword  = regexp.MustCompile(`(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]*)`)
)

// Mask returns connString with any password replaced by "xxxxx", for
// messages.
func Mask(connString string) string {
	if u, err := url.Parse(connString); err == nil && u.Scheme != "" {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		if q := u.Query(); q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	s := urlPassword.ReplaceAllString(connString, "${1}xxxxx@")
	return kvPassword.ReplaceAllString(s, "${1}xxxxx")
}

// MaskText removes from text any password found in connString.
func MaskText(connString, text string) string {
	for _, pw := range passwords(connString) {
		if len(pw) >= 3 {
			text = strings.ReplaceAll(text, pw, "xxxxx")
		}
	}
	return text
}

func passwords(connString string) []string {
	var pws []string
	if u, err := url.Parse(connString); err == nil {
		if pw, ok := u.User.Password(); ok {
			pws = append(pws, pw)
		}
		if pw := u.Query().Get("password"); pw != "" {
			pws = append(pws, pw)
		}
	}
	for _, m := range urlPassword.FindAllString(connString, -1) {
		if i := strings.LastIndex(m, ":"); i >= 0 {
			pws = append(pws, strings.TrimSuffix(m[i+1:], "@"))
		}
	}
	for _, m := range kvPassword.FindAllStringSubmatch(connString, -1) {
		pws = append(pws, strings.Trim(m[2], "'"))
	}
	return pws
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
