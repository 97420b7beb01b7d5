package migrate

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// A HistoryEntry is one row of the history table: one step or one stamp.
type HistoryEntry struct {
	ID            int64
	VersionAfter  []string // the version table after the step
	VersionBefore []string
	Operation     string // "migration", "stamp", or "partial" (see StatementsDone)
	Direction     string // "up" or "down"
	Revision      string // the revision applied, or the stamp's target ids (comma-separated)
	UserVersion   string
	AppliedBy     string
	ChangedAt     time.Time
	Duration      time.Duration
	Checksum      string // of the revision file ("" for a stamp)
	// StatementsDone, in a "partial" row, is how many statements of a
	// revision that runs outside a transaction completed (the first ones,
	// in file order) in a run that stopped before the others: the version
	// table does not have the step. 0 in other rows.
	StatementsDone int
}

// History returns the rows of the history table, oldest first (none when
// the history is disabled or the table does not exist yet).
func (r *Runner) History(ctx context.Context) ([]HistoryEntry, error) {
	if r.err != nil {
		return nil, r.err
	}
	if !r.opts.history() {
		return nil, nil
	}
	exists, err := r.tableExists(ctx, r.opts.HistoryTable)
	if err != nil || !exists {
		return nil, err
	}
	// statements_done is read through to_jsonb: a history table of an
	// older retort lacks it until the next upgrade adds it.
	rows, _ := r.conn.Query(ctx, `SELECT id, version_after, version_before, operation, direction, revision,
       user_version, applied_by, changed_at, duration, checksum,
       COALESCE((to_jsonb(h) ->> 'statements_done')::int, 0)
FROM `+r.opts.historyTable()+` h ORDER BY id`)
	entries, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (HistoryEntry, error) {
		var e HistoryEntry
		var d pgtype.Interval
		err := row.Scan(&e.ID, &e.VersionAfter, &e.VersionBefore, &e.Operation, &e.Direction, &e.Revision,
			&e.UserVersion, &e.AppliedBy, &e.ChangedAt, &d, &e.Checksum, &e.StatementsDone)
		if d.Valid {
			e.Duration = time.Duration(d.Microseconds)*time.Microsecond +
				time.Duration(d.Days)*24*time.Hour + time.Duration(d.Months)*30*24*time.Hour
		}
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("read history table %s: %w", r.opts.historyTable(), err)
	}
	return entries, nil
}

// Verify returns the applied revisions whose file checksum differs from the
// one recorded in the history at their last up-step. Revisions that were
// stamped, not run, have no recorded checksum and are not checked.
func (r *Runner) Verify(ctx context.Context) ([]ChecksumProblem, error) {
	current, err := r.Current(ctx)
	if err != nil {
		return nil, err
	}
	return r.verify(ctx, current)
}

func (r *Runner) verify(ctx context.Context, current []string) ([]ChecksumProblem, error) {
	if !r.opts.history() {
		return nil, nil
	}
	exists, err := r.tableExists(ctx, r.opts.HistoryTable)
	if err != nil || !exists {
		return nil, err
	}
	rows, _ := r.conn.Query(ctx, `SELECT DISTINCT ON (revision) revision, checksum
FROM `+r.opts.historyTable()+`
WHERE operation = 'migration' AND direction = 'up'
ORDER BY revision, id DESC`)
	type recorded struct{ Revision, Checksum string }
	sums, err := pgx.CollectRows(rows, pgx.RowToStructByPos[recorded])
	if err != nil {
		return nil, fmt.Errorf("read checksums from %s: %w", r.opts.historyTable(), err)
	}
	bySum := map[string]string{}
	for _, s := range sums {
		bySum[s.Revision] = s.Checksum
	}
	var known []string
	for _, id := range current {
		if _, ok := r.g.revs[id]; ok {
			known = append(known, id)
		}
	}
	applied := r.g.ancestors(known...)
	var problems []ChecksumProblem
	for _, id := range r.g.order {
		rev := r.g.revs[id]
		if rec := bySum[id]; applied[id] && rec != "" && rev.Checksum != "" && rec != rev.Checksum {
			problems = append(problems, ChecksumProblem{Revision: id, Path: where(rev), Recorded: rec, Actual: rev.Checksum})
		}
	}
	return problems, nil
}
