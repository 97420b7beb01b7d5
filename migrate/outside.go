package migrate

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// A revision that runs outside a transaction (Transaction: false) commits
// each statement on its own. So that a run that stops part way (an error,
// Ctrl-C, a crash) leaves a trace and can be resumed:
//
//   - after each statement that completes, a "partial" history row records
//     how many of the section's statements (the first ones) are done; the
//     row of this attempt is deleted when the step is recorded;
//   - a rerun skips the statements the newest history row records as done
//     when that row is the partial row of the same revision, direction and
//     file checksum (the history shows nothing else ran since); SET and
//     RESET statements among them run again, as they only set the session;
//   - before a CREATE INDEX CONCURRENTLY, an INVALID index of the same name
//     that no session is building (what a stopped build leaves) is dropped
//     with DROP INDEX CONCURRENTLY, so the build can run again.
//
// A statement that completed in the instant before its progress was
// recorded runs again; skipping only recorded statements keeps the skip
// exact.

// progress is how far a revision outside a transaction got.
type progress struct {
	done       int   // statements completed, the first ones
	recorded   int   // of which the history records
	row        int64 // this attempt's partial history row (0: none yet)
	progressed bool  // a statement other than SET or RESET completed (in this run or a recorded one)
}

// outside runs a revision outside a transaction, then records its step in
// a transaction of its own.
func (x *execution) outside(ctx context.Context, s Step) error {
	next := NextHeads(x.g, x.at, s)
	x.announce(s, x.at, next)
	fmt.Fprintf(x.opts.Log, "%s %s runs outside a transaction (Transaction: false)\n", s.Direction.verb(), s.Revision.ID)
	stmts := splitStatements(sectionOf(s))
	p := &progress{}
	p.done = x.resumeFrom(s, len(stmts))
	p.recorded, p.progressed = p.done, p.done > 0
	var start time.Time
	for try := 1; ; try++ {
		start = time.Now()
		err := x.runOutside(ctx, s, stmts, p, start)
		if err == nil {
			break
		}
		var se *SQLError
		if !errors.As(err, &se) {
			return err
		}
		if ctx.Err() == nil && lockTimedOut(err) && !p.progressed {
			retry, final := x.lockRetry(ctx, try, se, "no statement of it ran")
			if final != nil {
				return final
			}
			if retry {
				continue
			}
		}
		return x.partialError(ctx, s, stmts, p, se)
	}
	err := x.inTransaction(ctx, func() error {
		if err := x.record(ctx, s, x.at, next, start); err != nil {
			return err
		}
		if p.row == 0 {
			return nil
		}
		_, err := x.conn.Exec(ctx, "DELETE FROM "+x.opts.historyTable()+" WHERE id = $1", p.row)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return &InterruptedError{
				State: fmt.Sprintf("the statements of revision %s ran outside a transaction and are committed, but its step was not recorded; the database is still at %s; run %s again to record it",
					s.Revision.ID, display(x.at), s.Direction.verb()),
				Err: errors.Join(context.Cause(ctx), err),
			}
		}
		return fmt.Errorf("%w; the statements of revision %s ran outside a transaction and are committed: run %s again to record the step", err, s.Revision.ID, s.Direction.verb())
	}
	x.at, x.done = next, append(x.done, s)
	return nil
}

// runOutside runs the statements after p.done (and the session settings
// before it), each committed on its own, recording the progress.
func (x *execution) runOutside(ctx context.Context, s Step, stmts []statement, p *progress, start time.Time) error {
	if err := x.applyLockTimeout(ctx); err != nil {
		return err
	}
	_, line := s.SQL()
	for i, st := range stmts {
		if i < p.done {
			if !sessionSetting(st.text) {
				continue
			}
		} else if err := x.dropInvalidIndex(ctx, s, line, st); err != nil {
			return err
		}
		if _, err := x.conn.Exec(ctx, st.text); err != nil {
			return sqlError(s, line, st, err)
		}
		if i < p.done {
			continue
		}
		p.done = i + 1
		if sessionSetting(st.text) {
			continue
		}
		p.progressed = true
		if err := x.recordProgress(ctx, s, p, start); err != nil {
			return fmt.Errorf("%s:%d: %s %s: statement %d completed (outside a transaction) but its progress could not be recorded in %s: %w",
				where(s.Revision), line+st.line, s.Direction.verb(), s.Revision.ID, i+1, x.opts.historyTable(), err)
		}
	}
	return nil
}

// recordProgress writes p.done in this attempt's partial history row. It
// runs even when ctx has ended: the statement it records is committed.
func (x *execution) recordProgress(ctx context.Context, s Step, p *progress, start time.Time) error {
	if !x.opts.history() {
		return nil
	}
	ctx = context.WithoutCancel(ctx)
	duration := fmt.Sprintf("interval '%d microseconds'", time.Since(start).Microseconds())
	var err error
	if p.row == 0 {
		err = x.conn.QueryRow(ctx, x.opts.partialRow(change{
			before: x.at, after: x.at, operation: "partial", direction: s.Direction,
			revision: s.Revision.ID, checksum: s.Revision.Checksum, duration: duration,
		}, p.done)).Scan(&p.row)
	} else {
		_, err = x.conn.Exec(ctx, "UPDATE "+x.opts.historyTable()+" SET statements_done = $1, changed_at = clock_timestamp(), duration = "+duration+" WHERE id = $2", p.done, p.row)
	}
	if err == nil {
		p.recorded = p.done
	}
	return err
}

// lastPartial returns the newest history row when it is a partial row (the
// progress of a run that stopped in a revision outside a transaction).
func (r *Runner) lastPartial(ctx context.Context) (*HistoryEntry, error) {
	if !r.opts.history() {
		return nil, nil
	}
	var e HistoryEntry
	err := r.conn.QueryRow(ctx, "SELECT id, operation, direction, revision, checksum, COALESCE(statements_done, 0) FROM "+r.opts.historyTable()+" ORDER BY id DESC LIMIT 1").
		Scan(&e.ID, &e.Operation, &e.Direction, &e.Revision, &e.Checksum, &e.StatementsDone)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && e.Operation != "partial" {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read history table %s: %w", r.opts.historyTable(), err)
	}
	return &e, nil
}

// resumeFrom returns how many of the step's first statements an earlier
// run completed and recorded (0 when it starts afresh).
func (x *execution) resumeFrom(s Step, total int) int {
	e := x.resume
	if e == nil || e.Revision != s.Revision.ID || e.Direction != s.Direction.String() || e.StatementsDone == 0 {
		return 0
	}
	x.resume = nil
	if e.Checksum != s.Revision.Checksum {
		fmt.Fprintf(x.opts.Log, "an earlier %s of %s stopped after statement %d (history row %d), but its file changed since: every statement runs again\n",
			s.Direction.verb(), s.Revision.ID, e.StatementsDone, e.ID)
		return 0
	}
	done := min(e.StatementsDone, total)
	fmt.Fprintf(x.opts.Log, "resuming %s %s at statement %d of %d: an earlier run completed %s (history row %d)\n",
		s.Direction.verb(), s.Revision.ID, done+1, total, statementRange(done), e.ID)
	return done
}

// partialError is the error of a revision outside a transaction that
// stopped at a statement.
func (x *execution) partialError(ctx context.Context, s Step, stmts []statement, p *progress, se *SQLError) error {
	interrupted := ctx.Err() != nil
	if !interrupted && !p.progressed {
		return se // nothing of it is committed but settings of the session
	}
	e := &PartialError{
		Path: s.Revision.Path, Revision: s.Revision.ID, Direction: s.Direction,
		Done: p.done, Total: len(stmts), Line: se.Line, At: x.at,
		Resume: p.recorded + 1, NoHistory: !x.opts.history(),
		Interrupted: interrupted, Err: se,
	}
	// Cancelled by the server, or never sent.
	var pgErr *pgconn.PgError
	e.Cancelled = errors.As(se, &pgErr) && pgErr.Code == "57014" || pgconn.SafeToRetry(se.Err)
	if p.done < len(stmts) {
		if name, _, ok := concurrentIndex(stmts[p.done].text); ok {
			e.Index = name
		}
	}
	return e
}

// sessionSetting reports whether a statement only sets the session (SET,
// RESET), so it runs again when a rerun skips the statements before it.
func sessionSetting(stmt string) bool {
	w := sqlsplit.Tokens(stmt, 2)
	return len(w) > 1 && (w[0].Is("set") && !w[1].Is("constraints") && !w[1].Is("transaction") || w[0].Is("reset"))
}

// dropInvalidIndex drops the INVALID index a stopped CREATE INDEX
// CONCURRENTLY left under the name st builds, so that st can run again.
// An index another session is building is left alone.
func (x *execution) dropInvalidIndex(ctx context.Context, s Step, line int, st statement) error {
	name, table, ok := concurrentIndex(st.text)
	if !ok {
		return nil
	}
	var index string
	err := x.conn.QueryRow(ctx, `SELECT format('%I.%I', n.nspname, c.relname)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = $2
  AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = to_regclass($1))
  AND NOT i.indisvalid
  AND NOT EXISTS (SELECT FROM pg_stat_progress_create_index p WHERE p.index_relid = c.oid)`, table, name).Scan(&index)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return sqlError(s, line, st, err)
	}
	fmt.Fprintf(x.opts.Log, "dropping index %s: it is INVALID, left by a CREATE INDEX CONCURRENTLY that stopped; it is built again next\n", index)
	drop := "DROP INDEX CONCURRENTLY IF EXISTS " + index
	if _, err := x.conn.Exec(ctx, drop); err != nil {
		return sqlError(s, line, statement{text: drop, line: st.line}, err)
	}
	return nil
}

// concurrentIndex returns the index name (as PostgreSQL stores it) and
// the table (quoted, for to_regclass) of a CREATE [UNIQUE] INDEX
// CONCURRENTLY [IF NOT EXISTS] name ON [ONLY] table statement; ok is false
// for any other statement, or one without an index name.
func concurrentIndex(stmt string) (name, table string, ok bool) {
	w := sqlsplit.Tokens(stmt, 16)
	i := 0
	next := func(kw string) bool {
		if i < len(w) && w[i].Is(kw) {
			i++
			return true
		}
		return false
	}
	if !next("create") {
		return "", "", false
	}
	next("unique")
	if !next("index") || !next("concurrently") {
		return "", "", false
	}
	if next("if") && !(next("not") && next("exists")) {
		return "", "", false
	}
	if i >= len(w) || w[i].Is("on") || !isName(w[i]) {
		return "", "", false
	}
	name = w[i].Text
	i++
	if !next("on") {
		return "", "", false
	}
	next("only")
	var parts []string
	for i < len(w) && isName(w[i]) {
		parts = append(parts, w[i].Text)
		i++
		if i >= len(w) || w[i].Word || w[i].Quoted || w[i].Text != "." {
			break
		}
		i++
	}
	if len(parts) == 0 || len(parts) > 2 {
		return "", "", false
	}
	return name, pgx.Identifier(parts).Sanitize(), true
}

// isName reports whether w can be an identifier.
func isName(w sqlsplit.Token) bool {
	return w.Word || w.Quoted && w.Text != ""
}
