package migrate

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error the package returns for one of these
// conditions wraps the sentinel, so callers test them with errors.Is; the
// message itself names the file and line or the revision, and what to do.
var (
	// ErrMultipleHeads: "head" was asked for but the graph (or the part of it
	// in question) has several heads. The error is a *MultipleHeadsError.
	ErrMultipleHeads = errors.New("multiple heads")
	// ErrUnknownRevision: a reference matches no revision id, prefix or label.
	ErrUnknownRevision = errors.New("unknown revision")
	// ErrAmbiguousRevision: a prefix matches several revision ids.
	ErrAmbiguousRevision = errors.New("ambiguous revision")
	// ErrCycle: the parents and depends-on links form a cycle.
	ErrCycle = errors.New("revision cycle")
	// ErrDuplicateRevision: two files declare the same revision id, or two
	// revisions the same branch label.
	ErrDuplicateRevision = errors.New("duplicate revision")
	// ErrMissingParent: a parent or depends-on revision does not exist.
	ErrMissingParent = errors.New("missing parent revision")
	// ErrBadHeader: a revision file is malformed (header or sections).
	ErrBadHeader = errors.New("malformed revision file")
	// ErrChecksumMismatch: a revision file changed after it was applied.
	ErrChecksumMismatch = errors.New("revision checksum mismatch")
	// ErrNotAtHead: the database does not stand at the revision(s) a
	// command needs (revision --autogenerate reads it at head).
	ErrNotAtHead = errors.New("database is not at head")
)

// A FileError is an error at a line of a revision file.
type FileError struct {
	Path    string
	Line    int    // 1-based; 0 when the error concerns the whole file
	Message string // what is wrong; what to do
	Err     error  // the sentinel (ErrBadHeader, ErrDuplicateRevision, ...)
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Message)
}

// Unwrap returns the sentinel.
func (e *FileError) Unwrap() error { return e.Err }

// A MultipleHeadsError lists the heads when one was expected.
type MultipleHeadsError struct {
	Heads []string
}

func (e *MultipleHeadsError) Error() string {
	return fmt.Sprintf("multiple heads (%s): upgrade to \"heads\" or to one of them, or merge them first (retort merge -m MSG heads)",
		strings.Join(e.Heads, ", "))
}

// Unwrap returns ErrMultipleHeads.
func (e *MultipleHeadsError) Unwrap() error { return ErrMultipleHeads }

// An SQLError is a statement of a revision that the server rejected.
type SQLError struct {
	Path      string // revision file ("" for a revision not read from a file)
	Line      int    // line of the failing statement (refined by the server's error position)
	Revision  string
	Direction Direction
	Statement string // the failing statement, trimmed
	Message   string // the server's message
	Err       error  // the server's error (*pgconn.PgError) or the connection error
}

func (e *SQLError) Error() string {
	where := e.Path
	if where == "" {
		where = "revision " + e.Revision
	}
	return fmt.Sprintf("%s:%d: %s %s: %s", where, e.Line, e.Direction.verb(), e.Revision, e.Message)
}

// Unwrap returns the server's error.
func (e *SQLError) Unwrap() error { return e.Err }

// A ChecksumProblem is an applied revision whose file changed since it was
// applied.
type ChecksumProblem struct {
	Revision string
	Path     string
	Recorded string // checksum in the history table at the last up-step
	Actual   string // checksum of the file now
}

func (p ChecksumProblem) Error() string {
	return fmt.Sprintf("%s: revision %s was edited after it was applied (checksum %s, recorded %s); revert the edit or write a new revision",
		p.Path, p.Revision, short(p.Actual), short(p.Recorded))
}

// Unwrap returns ErrChecksumMismatch.
func (p ChecksumProblem) Unwrap() error { return ErrChecksumMismatch }

// revError is a message wrapping a sentinel.
type revError struct {
	msg string
	err error
}

func (e *revError) Error() string { return e.msg }
func (e *revError) Unwrap() error { return e.err }

func errorf(sentinel error, format string, args ...any) error {
	return &revError{msg: fmt.Sprintf(format, args...), err: sentinel}
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}
