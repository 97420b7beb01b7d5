package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A Runner applies revisions of a graph to the database of one connection,
// keeping the version table and the history table. Every mutating command
// holds an advisory lock (derived from the version table's name) on the
// connection, and plans only once it holds it, so concurrent runners
// serialize and apply each revision exactly once.
//
// A Runner is not safe for concurrent use; give each goroutine its own
// connection and Runner.
type Runner struct {
	conn *pgx.Conn
	g    *Graph
	opts Options
	err  error // invalid options, reported by every command
}

// NewRunner returns a runner for g over conn. Invalid options are reported
// by the first command.
func NewRunner(conn *pgx.Conn, g *Graph, opts Options) *Runner {
	o, err := opts.withDefaults()
	return &Runner{conn: conn, g: g, opts: o, err: err}
}

// Current returns the version table's rows, sorted (none when the table
// does not exist yet).
func (r *Runner) Current(ctx context.Context) ([]string, error) {
	if r.err != nil {
		return nil, r.err
	}
	exists, err := r.tableExists(ctx, r.opts.VersionTable)
	if err != nil || !exists {
		return nil, err
	}
	rows, _ := r.conn.Query(ctx, "SELECT version_num FROM "+r.opts.versionTable()+" ORDER BY version_num")
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("read version table %s: %w", r.opts.versionTable(), err)
	}
	return ids, nil
}

func (r *Runner) tableExists(ctx context.Context, table string) (bool, error) {
	var exists bool
	err := r.conn.QueryRow(ctx, "SELECT to_regclass($1) IS NOT NULL", pgx.Identifier{r.opts.VersionSchema, table}.Sanitize()).Scan(&exists)
	if err != nil {
		return false, fmt.Errorf("look for table %s.%s: %w", r.opts.VersionSchema, table, err)
	}
	return exists, nil
}

// Upgrade applies the steps of g.UpgradePlan(current, target) and returns
// the steps it applied (also on error: those completed before it). Applied
// revisions whose files changed since are reported on the log.
func (r *Runner) Upgrade(ctx context.Context, target string) ([]Step, error) {
	var done []Step
	err := r.locked(ctx, func(current []string) error {
		problems, err := r.verify(ctx, current)
		if err != nil {
			return err
		}
		for _, p := range problems {
			fmt.Fprintf(r.opts.Log, "warning: %v\n", p)
		}
		steps, err := r.g.UpgradePlan(current, target)
		if err != nil {
			return err
		}
		done, err = r.run(ctx, current, steps)
		return err
	})
	return done, err
}

// Downgrade applies the steps of g.DowngradePlan(current, target) and
// returns the steps it applied.
func (r *Runner) Downgrade(ctx context.Context, target string) ([]Step, error) {
	var done []Step
	err := r.locked(ctx, func(current []string) error {
		steps, err := r.g.DowngradePlan(current, target)
		if err != nil {
			return err
		}
		done, err = r.run(ctx, current, steps)
		return err
	})
	return done, err
}

// Stamp sets the version table to target without running any SQL, and
// records it in the history. Without purge, the current revisions related
// to the target (its ancestors and descendants) are replaced and the others
// stay, and the version table must hold only known revisions; with purge
// the version table is emptied first, whatever it holds.
func (r *Runner) Stamp(ctx context.Context, target string, purge bool) error {
	return r.locked(ctx, func(current []string) error {
		c, err := r.g.stampChange(current, target, purge)
		if err != nil {
			return err
		}
		if err := r.ensureTables(ctx); err != nil {
			return err
		}
		fmt.Fprintf(r.opts.Log, "stamp %s -> %s\n", display(c.before), display(c.after))
		return r.inTransaction(ctx, func() error {
			return r.execAll(ctx, r.opts.statements(c))
		})
	})
}

// stampChange returns the bookkeeping of a stamp.
func (g *Graph) stampChange(current []string, target string, purge bool) (change, error) {
	if !purge {
		if err := g.checkKnown(current); err != nil {
			return change{}, err
		}
	}
	targets, err := g.Resolve(target)
	if err != nil {
		return change{}, err
	}
	set := map[string]bool{}
	for _, t := range targets {
		set[t] = true
	}
	if !purge && len(targets) > 0 {
		for _, id := range current {
			related := false
			for _, t := range targets {
				related = related || g.ancestors(id)[t] || g.ancestors(t)[id]
			}
			if !related {
				set[id] = true
			}
		}
	}
	after := g.minimal(set)
	dir := Up
	if !purge && len(after) < len(current)+1 {
		old := g.ancestors(current...)
		below := true
		for a := range g.ancestors(after...) {
			below = below && old[a]
		}
		if below && strings.Join(after, ",") != strings.Join(current, ",") {
			dir = Down
		}
	}
	return change{
		before: current, after: after, operation: "stamp", direction: dir,
		revision: strings.Join(targets, ","), duration: "NULL", purge: purge,
	}, nil
}

// locked takes the advisory lock, reads the version table and calls fn with
// it, then releases the lock. The bookkeeping tables are created only once
// there is something to record (ensureTables), so a command that fails its
// checks (an unknown target, say) leaves the database untouched.
func (r *Runner) locked(ctx context.Context, fn func(current []string) error) error {
	if r.err != nil {
		return r.err
	}
	key := r.opts.lockKey()
	if _, err := r.conn.Exec(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
		return fmt.Errorf("lock version table %s: %w", r.opts.versionTable(), err)
	}
	defer r.conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", key)
	current, err := r.Current(ctx)
	if err != nil {
		return err
	}
	return fn(current)
}

// run applies steps from current. In per-revision mode each step is one
// transaction with its bookkeeping; in per-run mode one transaction holds
// them all (split around no-transaction revisions, which run outside any).
func (r *Runner) run(ctx context.Context, current []string, steps []Step) ([]Step, error) {
	if len(steps) == 0 {
		return nil, nil
	}
	if err := r.ensureTables(ctx); err != nil {
		return nil, err
	}
	perRun := r.opts.Transaction == PerRun
	var done, pending []Step
	inTx := false
	begin := func() error {
		_, err := r.conn.Exec(ctx, "BEGIN")
		inTx = err == nil
		return err
	}
	commit := func() error {
		_, err := r.conn.Exec(ctx, "COMMIT")
		inTx = false
		if err == nil {
			done, pending = append(done, pending...), nil
		}
		return err
	}
	defer func() {
		if inTx {
			r.conn.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	for _, s := range steps {
		after := NextHeads(r.g, current, s)
		fmt.Fprintf(r.opts.Log, "%s %s -> %s, %s\n", s.Direction.verb(), display(current), display(after), s.Revision.Message)
		start := time.Now()
		if s.Revision.NoTransaction {
			if inTx { // per-run: what ran so far is committed first
				fmt.Fprintf(r.opts.Log, "committing the run's transaction before %s, which cannot run inside one\n", s.Revision.ID)
				if err := commit(); err != nil {
					return done, err
				}
			}
			fmt.Fprintf(r.opts.Log, "%s %s runs outside a transaction (Transaction: false)\n", s.Direction.verb(), s.Revision.ID)
			if err := r.execStep(ctx, s); err != nil {
				return done, err
			}
		}
		if !inTx {
			if err := begin(); err != nil {
				return done, err
			}
		}
		if !s.Revision.NoTransaction {
			if err := r.execStep(ctx, s); err != nil {
				return done, err
			}
		}
		c := change{
			before: current, after: after, operation: "migration", direction: s.Direction,
			revision: s.Revision.ID, checksum: s.Revision.Checksum,
			duration: fmt.Sprintf("interval '%d microseconds'", time.Since(start).Microseconds()),
		}
		if err := r.execAll(ctx, r.opts.statements(c)); err != nil {
			return done, fmt.Errorf("record %s of %s: %w", s.Direction.verb(), s.Revision.ID, err)
		}
		pending = append(pending, s)
		current = after
		if !perRun || s.Revision.NoTransaction {
			if err := commit(); err != nil {
				return done, err
			}
		}
	}
	if inTx {
		if err := commit(); err != nil {
			return done, err
		}
	}
	return done, nil
}

// execStep runs the statements of a step one at a time.
func (r *Runner) execStep(ctx context.Context, s Step) error {
	sql, line := s.SQL()
	for _, st := range splitStatements(sql) {
		if _, err := r.conn.Exec(ctx, st.text); err != nil {
			return r.sqlError(s, line, st, err)
		}
	}
	return nil
}

func (r *Runner) sqlError(s Step, line int, st statement, err error) error {
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

func (r *Runner) execAll(ctx context.Context, stmts []string) error {
	for _, s := range stmts {
		if _, err := r.conn.Exec(ctx, s); err != nil {
			return err
		}
	}
	return nil
}

func (r *Runner) inTransaction(ctx context.Context, fn func() error) error {
	tx, err := r.conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// ensureTables creates the version and history tables when missing.
func (r *Runner) ensureTables(ctx context.Context) error {
	if err := r.execAll(ctx, r.opts.createTables()); err != nil {
		return fmt.Errorf("create version tables: %w", err)
	}
	return nil
}
