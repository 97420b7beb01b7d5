package migrate

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// A Runner applies revisions of a graph to the database of one connection,
// keeping the version table and the history table. Every mutating command
// holds an advisory lock (derived from the version table's name) on the
// connection, and plans only once it holds it, so concurrent runners
// serialize and apply each revision exactly once. A runner waiting for the
// lock polls for it and holds no snapshot meanwhile (see lock).
//
// Under faults: a run whose revisions control transactions themselves is
// refused before it starts; the configured lock_timeout applies to every
// statement, and a revision that hits it is tried again (Options); a
// revision outside a transaction that stops part way is recorded in the
// history and resumed by the next run (see outside.go); an interrupted
// run's error says what was rolled back or committed (*InterruptedError,
// *PartialError).
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
// the steps it applied (also on error: those completed before it). It
// refuses to run while applied revisions were edited after they were
// applied (a *EditedError), unless Options.AllowEdited, which warns.
func (r *Runner) Upgrade(ctx context.Context, target string) ([]Step, error) {
	var done []Step
	err := r.locked(ctx, func(current []string) error {
		if err := r.checkEdited(ctx, current, Up); err != nil {
			return err
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
// returns the steps it applied. It warns about applied revisions edited
// after they were applied, and about the hazards of each step before it
// runs (see Step.Hazards), on Options.Warnings.
func (r *Runner) Downgrade(ctx context.Context, target string) ([]Step, error) {
	var done []Step
	err := r.locked(ctx, func(current []string) error {
		if err := r.checkEdited(ctx, current, Down); err != nil {
			return err
		}
		steps, err := r.g.DowngradePlan(current, target)
		if err != nil {
			return err
		}
		done, err = r.run(ctx, current, steps)
		return err
	})
	return done, err
}

// checkEdited reports the applied revisions whose files changed since:
// an error for an upgrade unless AllowEdited, warnings otherwise.
func (r *Runner) checkEdited(ctx context.Context, current []string, dir Direction) error {
	problems, err := r.verify(ctx, current)
	if err != nil {
		return err
	}
	if len(problems) > 0 && dir == Up && !r.opts.AllowEdited {
		return &EditedError{Problems: problems}
	}
	for _, p := range problems {
		fmt.Fprintf(r.opts.Warnings, "warning: %v\n", p)
	}
	return nil
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

// locked takes the advisory lock (see lock), sets the session's
// lock_timeout, reads the version table and calls fn with it, then
// restores the setting and releases the lock. The bookkeeping tables are
// created only once there is something to record (ensureTables), so a
// command that fails its checks (an unknown target, say) leaves the
// database untouched.
func (r *Runner) locked(ctx context.Context, fn func(current []string) error) error {
	if r.err != nil {
		return r.err
	}
	if err := r.lock(ctx); err != nil {
		return err
	}
	defer func() {
		// The unlock runs also after Ctrl-C; a connection the
		// interruption closed has lost the lock with its session.
		if !r.conn.IsClosed() {
			r.conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", r.opts.lockKey())
		}
	}()
	restore, err := r.setLockTimeout(ctx)
	if err != nil {
		return err
	}
	defer restore()
	current, err := r.Current(ctx)
	if err != nil {
		return err
	}
	return fn(current)
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
