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
	// ErrTransactionControl: a revision's SQL has a statement that controls
	// transactions (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ...). The error is a
	// *FileError naming the line.
	ErrTransactionControl = errors.New("transaction control in a revision")
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

// An EditedError refuses an upgrade over applied revisions whose files
// changed since they were applied (Options.AllowEdited lets it run).
type EditedError struct {
	Problems []ChecksumProblem // at least one
}

func (e *EditedError) Error() string {
	msg := e.Problems[0].Error()
	if more := e.Problems[1:]; len(more) > 0 {
		ids := make([]string, len(more))
		for i, p := range more {
			ids[i] = p.Revision
		}
		msg += fmt.Sprintf(" (edited too: %s)", strings.Join(ids, ", "))
	}
	return msg + "; or pass --allow-edited to upgrade anyway"
}

// Unwrap returns ErrChecksumMismatch.
func (e *EditedError) Unwrap() error { return ErrChecksumMismatch }

// An InterruptedError is a command its context stopped (Ctrl-C, SIGTERM, a
// deadline) while it held the lock or waited for it. State says what was
// undone and where the database stands.
type InterruptedError struct {
	State string // e.g. "revision r2 was rolled back; the database is still at r1"
	Err   error  // the context's error
}

func (e *InterruptedError) Error() string { return "interrupted: " + e.State }

// Unwrap returns the context's error.
func (e *InterruptedError) Unwrap() error { return e.Err }

// A PartialError is a revision that runs outside a transaction
// (Transaction: false) and stopped part way, on an error or interrupted:
// its statements before the one that stopped are committed. The runner
// records them in the history table (a row with operation "partial"), so
// that a rerun resumes after them.
type PartialError struct {
	Path        string // revision file ("" for a revision not read from a file)
	Revision    string
	Direction   Direction
	Done        int      // statements completed, counted from the first (an earlier run's included)
	Total       int      // statements of the section
	Line        int      // file line of the statement that stopped
	At          []string // the version table, which still lacks the revision's step
	Resume      int      // the statement a rerun starts at (1: the first), after those the history records as done
	NoHistory   bool     // the history table is off: nothing records the progress
	Interrupted bool     // the context ended
	Cancelled   bool     // the server reported the interrupted statement cancelled (else it may have completed)
	// Index is the index the stopped statement builds when it is a CREATE
	// INDEX CONCURRENTLY: a build that stops leaves it INVALID, and the
	// rerun drops it and builds it again.
	Index string
	Err   error // the statement's error (*SQLError), or the context's
}

func (e *PartialError) Error() string {
	var b strings.Builder
	if e.Interrupted {
		b.WriteString("interrupted: ")
	} else {
		b.WriteString(e.Err.Error() + "; ")
	}
	where := e.Path
	if where == "" {
		where = "revision " + e.Revision
	}
	stopped := fmt.Sprintf("statement %d (%s:%d)", e.Done+1, where, e.Line)
	switch {
	case e.Interrupted && e.Cancelled:
		stopped += " was cancelled"
	case e.Interrupted:
		stopped += " was stopped and may have completed on the server"
	default:
		stopped += " failed"
	}
	committed := "nothing of it is committed"
	if e.Done > 0 {
		committed = statementRange(e.Done) + " are committed"
		if e.Done == 1 {
			committed = "statement 1 is committed"
		}
	}
	fmt.Fprintf(&b, "revision %s ran %d of %d statements outside a transaction (Transaction: false): %s, %s; the database is still at %s; ",
		e.Revision, e.Done, e.Total, committed, stopped, display(e.At))
	verb := e.Direction.verb()
	if !e.Interrupted {
		b.WriteString("fix the cause and ")
	}
	switch {
	case e.Resume > 1:
		fmt.Fprintf(&b, "run %s again: it resumes at statement %d (the history table records the progress)", verb, e.Resume)
	case e.NoHistory && e.Done > 0:
		fmt.Fprintf(&b, "run %s again: with no history table it runs every statement again, so undo %s or make them safe to repeat first", verb, statementRange(e.Done))
	default:
		fmt.Fprintf(&b, "run %s again", verb)
	}
	if e.Index != "" {
		fmt.Fprintf(&b, " (it drops the INVALID index %s the stopped build may leave, and builds it again)", e.Index)
	}
	return b.String()
}

// Unwrap returns the statement's error.
func (e *PartialError) Unwrap() error { return e.Err }

// statementRange names the first n statements: "statement 1",
// "statements 1-3".
func statementRange(n int) string {
	if n == 1 {
		return "statement 1"
	}
	return fmt.Sprintf("statements 1-%d", n)
}

// A LockTimeoutError is a revision that could not get a lock within
// lock_timeout (SQLSTATE 55P03) on any of its tries.
type LockTimeoutError struct {
	Tries int
	Err   error // the last try's *SQLError
}

func (e *LockTimeoutError) Error() string {
	return fmt.Sprintf("%v; gave up after %d tries: another session holds a lock the revision needs (pg_locks and pg_stat_activity show which); run again when it is done, or raise lock_timeout or lock_retries", e.Err, e.Tries)
}

// Unwrap returns the last try's error.
func (e *LockTimeoutError) Unwrap() error { return e.Err }
