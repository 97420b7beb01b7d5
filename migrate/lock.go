package migrate

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Waits between two tries of the advisory lock: short at first, so a
// runner that finds nothing to do is quick, then at most lockPollMax.
const (
	lockPollFirst = 10 * time.Millisecond
	lockPollMax   = 500 * time.Millisecond
)

// lock takes the advisory lock of the version table. It polls with
// pg_try_advisory_lock instead of waiting in pg_advisory_lock: a session
// waiting in a statement holds a snapshot, and CREATE INDEX CONCURRENTLY
// (run by the runner that holds the lock) waits for every older snapshot
// to go, so the two would deadlock. Between tries the session is idle and
// holds nothing.
func (r *Runner) lock(ctx context.Context) error {
	key := r.opts.lockKey()
	wait := lockPollFirst
	for try := 0; ; try++ {
		var ok bool
		if err := r.conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&ok); err != nil {
			if ctx.Err() != nil {
				return r.interruptedWaiting(ctx)
			}
			return fmt.Errorf("lock version table %s: %w", r.opts.versionTable(), err)
		}
		if ok {
			return nil
		}
		if try == 0 {
			fmt.Fprintf(r.opts.Log, "waiting for another runner: %s holds the lock on version table %s\n", r.lockHolder(ctx, key), r.opts.versionTable())
		}
		if !sleep(ctx, wait) {
			return r.interruptedWaiting(ctx)
		}
		wait = min(2*wait, lockPollMax)
	}
}

func (r *Runner) interruptedWaiting(ctx context.Context) error {
	return &InterruptedError{
		State: fmt.Sprintf("stopped while waiting for another runner to release the lock on version table %s; nothing was run", r.opts.versionTable()),
		Err:   context.Cause(ctx),
	}
}

// lockHolder names the session holding the advisory lock key, for the
// message of a runner that waits for it.
func (r *Runner) lockHolder(ctx context.Context, key int64) string {
	// A bigint key is held as classid (high half) and objid (low half).
	var pid int32
	var app string
	err := r.conn.QueryRow(ctx, `SELECT l.pid, COALESCE(a.application_name, '')
FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
		int64(uint64(key)>>32), int64(uint32(key))).Scan(&pid, &app)
	if err != nil {
		return "another session"
	}
	who := fmt.Sprintf("server process %d", pid)
	if app != "" {
		who += " (" + app + ")"
	}
	return who
}

// sleep waits for d, or until ctx ends; it reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// setLockTimeout sets Options.LockTimeout on the session and returns what
// restores the setting the session had before.
func (r *Runner) setLockTimeout(ctx context.Context) (restore func(), err error) {
	if r.opts.LockTimeout == "" {
		return func() {}, nil
	}
	var before string
	if err := r.conn.QueryRow(ctx, "SELECT current_setting('lock_timeout')").Scan(&before); err != nil {
		return nil, fmt.Errorf("read lock_timeout: %w", err)
	}
	if err := r.applyLockTimeout(ctx); err != nil {
		return nil, err
	}
	return func() {
		if !r.conn.IsClosed() {
			r.conn.Exec(context.WithoutCancel(ctx), "SELECT set_config('lock_timeout', $1, false)", before)
		}
	}, nil
}

// applyLockTimeout sets Options.LockTimeout on the session (again: a
// revision may have set or reset it).
func (r *Runner) applyLockTimeout(ctx context.Context) error {
	if r.opts.LockTimeout == "" {
		return nil
	}
	if _, err := r.conn.Exec(ctx, "SELECT set_config('lock_timeout', $1, false)", r.opts.LockTimeout); err != nil {
		return fmt.Errorf("set lock_timeout to %q: %w", r.opts.LockTimeout, err)
	}
	return nil
}

// lockTimedOut reports whether err is a lock timeout (SQLSTATE 55P03,
// lock_not_available: lock_timeout, or NOWAIT).
func lockTimedOut(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "55P03"
}

// retryWait is the wait before retry n (0-based) of a revision that hit a
// lock timeout: 0.5s, 1s, 2s, ..., at most 10s.
func retryWait(n int) time.Duration {
	d := 500 * time.Millisecond
	for range n {
		d *= 2
		if d >= 10*time.Second {
			return 10 * time.Second
		}
	}
	return d
}
