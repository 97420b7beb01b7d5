package source

import (
	"errors"
	"fmt"

	"github.com/retortdb/retort/internal/devdb"
)

// Sentinel errors, matched with errors.Is.
var (
	// ErrNotFound: a source path does not exist.
	ErrNotFound = errors.New("source not found")
	// ErrUnsupported: a source is neither a URL, a .sql file nor a directory.
	ErrUnsupported = errors.New("unsupported source")
	// ErrNoSQLFiles: a source directory holds no .sql or .yaml file.
	ErrNoSQLFiles = errors.New("no .sql files in directory")
	// ErrMetaCommand: a SQL source holds a psql meta-command (\set, \i, ...).
	ErrMetaCommand = errors.New("psql meta-command in SQL source")
	// ErrNoScratchServer: no scratch server is configured and no embedded
	// cluster could be started.
	ErrNoScratchServer = errors.New("no scratch server")

	// ErrBadURL: a connection string cannot be parsed (*devdb.URLError).
	ErrBadURL = devdb.ErrBadURL
	// ErrUnreachable: nothing answers at a server's address
	// (*devdb.ConnectError).
	ErrUnreachable = devdb.ErrUnreachable
	// ErrAuth: a server refused the user or password (*devdb.ConnectError).
	ErrAuth = devdb.ErrAuth
	// ErrNoDatabase: the database named in a URL does not exist.
	ErrNoDatabase = devdb.ErrNoDatabase
	// ErrCreateDB: the scratch server's role may not create databases
	// (*devdb.CreateError).
	ErrCreateDB = devdb.ErrCreateDB
)

// An SQLError is a statement of a SQL source that failed: a syntax error
// found while splitting, a psql meta-command, or an error the server
// returned. Its message is "file:line: message (SQLSTATE code)".
type SQLError struct {
	File    string
	Line    int    // 1-based line of the error's position, or of the statement's start
	Message string // one line
	Code    string // SQLSTATE; empty when the server was not asked
	Detail  string // server's DETAIL, if any
	Hint    string // server's HINT, if any
	Err     error  // the driver's or parser's error, or ErrMetaCommand
}

func (e *SQLError) Error() string {
	if e.Code == "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message)
	}
	return fmt.Sprintf("%s:%d: %s (SQLSTATE %s)", e.File, e.Line, e.Message, e.Code)
}

// Unwrap returns the underlying error.
func (e *SQLError) Unwrap() error { return e.Err }

// A SpecError is a source spec that cannot be loaded before any database is
// involved: a missing path, an unsupported kind, an empty directory.
type SpecError struct {
	Spec   string
	Reason string
	Kind   error // ErrNotFound, ErrUnsupported or ErrNoSQLFiles
}

func (e *SpecError) Error() string {
	return fmt.Sprintf("source %s: %s; give a postgres:// URL, a .sql or .yaml file, or a directory of them", e.Spec, e.Reason)
}

// Unwrap returns the sentinel kind.
func (e *SpecError) Unwrap() error { return e.Kind }
