package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// An execution is one run of steps: what is committed so far.
type execution struct {
	*Runner
	at   []string // the version table as committed
	done []Step   // the steps committed
	// resume is the newest history row when the run started, if it is a
	// "partial" row: the progress of a revision outside a transaction
	// that a rerun continues (see outside).
	resume *HistoryEntry
	warned map[*Revision]bool // hazards printed
}

// A unit is what the runner commits at once: one step (per-revision
// mode, or a revision outside a transaction), or in per-run mode the
// steps between two revisions outside a transaction.
type unit struct {
	steps   []Step
	outside bool // one revision that runs outside a transaction
}

// units groups steps by the transaction mode.
func (r *Runner) units(steps []Step) []unit {
	var out []unit
	for _, s := range steps {
		switch {
		case s.Revision.NoTransaction:
			out = append(out, unit{steps: []Step{s}, outside: true})
		case r.opts.Transaction == PerRun && len(out) > 0 && !out[len(out)-1].outside:
			last := &out[len(out)-1]
			last.steps = append(last.steps, s)
		default:
			out = append(out, unit{steps: []Step{s}})
		}
	}
	return out
}

// run applies steps from current. In per-revision mode each step is one
// transaction with its bookkeeping; in per-run mode one transaction holds
// them all (split around no-transaction revisions, which run outside any).
// Nothing runs when a step's SQL controls transactions itself.
func (r *Runner) run(ctx context.Context, current []string, steps []Step) ([]Step, error) {
	if len(steps) == 0 {
		return nil, nil
	}
	if err := checkTransactionControl(steps); err != nil {
		return nil, err
	}
	if err := r.ensureTables(ctx); err != nil {
		return nil, err
	}
	x := &execution{Runner: r, at: current, warned: map[*Revision]bool{}}
	var err error
	if x.resume, err = r.lastPartial(ctx); err != nil {
		return nil, err
	}
	units := r.units(steps)
	for i, u := range units {
		if ctx.Err() != nil {
			return x.done, &InterruptedError{
				State: fmt.Sprintf("stopped before revision %s; the database is at %s", u.steps[0].Revision.ID, display(x.at)),
				Err:   context.Cause(ctx),
			}
		}
		switch {
		case u.outside:
			err = x.outside(ctx, u.steps[0])
		case r.opts.Transaction == PerRun && i+1 < len(units):
			// The next unit runs outside a transaction.
			err = x.transaction(ctx, u.steps, units[i+1].steps[0].Revision.ID)
		default:
			err = x.transaction(ctx, u.steps, "")
		}
		if err != nil {
			return x.done, err
		}
	}
	return x.done, nil
}

// announce logs the step about to run and, for a downgrade, its hazards
// (once, whatever the retries).
func (x *execution) announce(s Step, before, after []string) {
	fmt.Fprintf(x.opts.Log, "%s %s -> %s, %s\n", s.Direction.verb(), display(before), display(after), s.Revision.Message)
	if s.Direction != Down || x.warned[s.Revision] {
		return
	}
	x.warned[s.Revision] = true
	for _, h := range s.Hazards() {
		note := ""
		if h.Detected {
			note = "; found in its statements, the revision has no hazard comments"
		}
		fmt.Fprintf(x.opts.Warnings, "hazard %s: %s (downgrade %s, %s:%d%s)\n", h.Kind, h.Message, s.Revision.ID, where(s.Revision), h.Line, note)
	}
}

// transaction applies steps in one transaction, with their bookkeeping,
// and tries again after a lock timeout (Options.LockRetries). outsideNext
// is the revision outside a transaction that comes next in per-run mode
// (its transaction is committed early for it).
func (x *execution) transaction(ctx context.Context, steps []Step, outsideNext string) error {
	for try := 1; ; try++ {
		after, err := x.tryTransaction(ctx, steps, outsideNext)
		if err == nil {
			x.at, x.done = after, append(x.done, steps...)
			return nil
		}
		if ctx.Err() != nil {
			return x.interruptedTransaction(ctx, steps, err)
		}
		if !lockTimedOut(err) {
			return err
		}
		retry, final := x.lockRetry(ctx, try, err, "rolled back")
		if final != nil {
			return final
		}
		if !retry {
			return x.interruptedTransaction(ctx, steps, err)
		}
	}
}

// lockRetry decides what follows try (1-based) of a revision that hit a
// lock timeout with err (done says what became of that try, for the log):
// a final error when the retries are spent (err itself when there were
// none), else, after logging and waiting, retry (false when ctx ended
// during the wait).
func (x *execution) lockRetry(ctx context.Context, try int, err error, done string) (retry bool, final error) {
	if try > x.opts.LockRetries {
		if try == 1 {
			return false, err
		}
		return false, &LockTimeoutError{Tries: try, Err: err}
	}
	wait := retryWait(try - 1)
	fmt.Fprintf(x.opts.Log, "lock timeout: %v; %s, retry %d of %d in %s\n", err, done, try, x.opts.LockRetries, wait)
	return sleep(ctx, wait), nil
}

// tryTransaction runs steps and their bookkeeping in a transaction,
// rolled back on any error; it returns the version table after them.
func (x *execution) tryTransaction(ctx context.Context, steps []Step, outsideNext string) (after []string, err error) {
	if err := x.applyLockTimeout(ctx); err != nil {
		return nil, err
	}
	if _, err := x.conn.Exec(ctx, "BEGIN"); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil && !x.conn.IsClosed() {
			x.conn.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	at := x.at
	for _, s := range steps {
		next := NextHeads(x.g, at, s)
		x.announce(s, at, next)
		start := time.Now()
		if err := x.execStatements(ctx, s, splitStatements(sectionOf(s))); err != nil {
			return nil, err
		}
		if err := x.record(ctx, s, at, next, start); err != nil {
			return nil, err
		}
		at = next
	}
	if outsideNext != "" {
		fmt.Fprintf(x.opts.Log, "committing the run's transaction before %s, which cannot run inside one\n", outsideNext)
	}
	if _, err := x.conn.Exec(ctx, "COMMIT"); err != nil {
		return nil, err
	}
	return at, nil
}

// interruptedTransaction is the error of a transaction the context
// stopped: it was rolled back.
func (x *execution) interruptedTransaction(ctx context.Context, steps []Step, err error) error {
	last := steps[len(steps)-1].Revision.ID
	state := fmt.Sprintf("revision %s was rolled back; the database is still at %s", last, display(x.at))
	if len(steps) > 1 {
		ids := make([]string, len(steps))
		for i, s := range steps {
			ids[i] = s.Revision.ID
		}
		state = fmt.Sprintf("the run's transaction was rolled back, so none of revisions %s is applied; the database is still at %s", strings.Join(ids, ", "), display(x.at))
	}
	return &InterruptedError{State: state, Err: errors.Join(context.Cause(ctx), err)}
}

// record writes the bookkeeping of a step: the version table and a
// history row.
func (x *execution) record(ctx context.Context, s Step, before, after []string, start time.Time) error {
	c := change{
		before: before, after: after, operation: "migration", direction: s.Direction,
		revision: s.Revision.ID, checksum: s.Revision.Checksum,
		duration: fmt.Sprintf("interval '%d microseconds'", time.Since(start).Microseconds()),
	}
	if err := x.execAll(ctx, x.opts.statements(c)); err != nil {
		return fmt.Errorf("record %s of %s: %w", s.Direction.verb(), s.Revision.ID, err)
	}
	return nil
}

// sectionOf returns the SQL of the step's section.
func sectionOf(s Step) string {
	sql, _ := s.SQL()
	return sql
}

// execStatements runs the statements of a step in the runner's
// transaction, one at a time. The statements cannot end the transaction
// (checked before the run); should one still have (in a way the check
// does not see), the step stops before its bookkeeping would run outside
// the transaction.
func (x *execution) execStatements(ctx context.Context, s Step, stmts []statement) error {
	_, line := s.SQL()
	for _, st := range stmts {
		if _, err := x.conn.Exec(ctx, st.text); err != nil {
			return sqlError(s, line, st, err)
		}
		if x.conn.PgConn().TxStatus() != 'T' {
			return fmt.Errorf("%s:%d: %s %s: the statement ended the runner's transaction; remove what commits or rolls back (retort runs each revision in a transaction of its own), and check the database: what ran before it may be committed",
				where(s.Revision), line+st.line, s.Direction.verb(), s.Revision.ID)
		}
	}
	return nil
}

func sqlError(s Step, line int, st statement, err error) error {
	e := &SQLError{
		Path: s.Revision.Path, Line: line + st.line, Revision: s.Revision.ID, Direction: s.Direction,
		Statement: st.text, Message: err.Error(), Err: err,
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		e.Line += lineOfPosition(st.text, pgErr.Position)
		e.Message = pgErr.Message + " (SQLSTATE " + pgErr.Code + ")"
		if pgErr.Detail != "" {
			e.Message += "; " + pgErr.Detail
		}
		if pgErr.Hint != "" {
			e.Message += "; hint: " + pgErr.Hint
		}
	}
	return e
}
