package migrate

import (
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Options configure a Runner and the offline scripts.
type Options struct {
	VersionTable  string    // default "retort_version"
	VersionSchema string    // default "public"
	HistoryTable  string    // default "retort_version_history"; "-" disables the history
	UserVersion   string    // recorded in the history (e.g. a git SHA)
	AppliedBy     string    // recorded in the history; default: the server's current_user
	Transaction   string    // "per-revision" (default) or "per-run"
	Log           io.Writer // progress lines; nil for none
	// Warnings get the lines a person should read before a step runs: the
	// hazards of each downgrade step, revisions edited after they were
	// applied. nil: Log.
	Warnings io.Writer
	// LockTimeout, when not empty, is the lock_timeout (a PostgreSQL
	// duration: "5s", "500ms") of the runner's session while a command
	// holds the lock, so every statement it sends gives up on a lock it
	// waits for longer (a revision's own SET lock_timeout wins for the
	// statements after it). The session's setting is restored after.
	LockTimeout string
	// LockRetries is how many times a revision that runs in a transaction
	// is tried again after a lock timeout (SQLSTATE 55P03), waiting 0.5s,
	// 1s, 2s, ... (up to 10s) between tries. A revision that runs outside a
	// transaction is tried again only when none of its statements ran.
	LockRetries int
	// AllowEdited lets Upgrade run although applied revisions were edited
	// after they were applied (it then warns, as Downgrade always does).
	AllowEdited bool
}

// Transaction modes.
const (
	PerRevision = "per-revision"
	PerRun      = "per-run"
)

func (o Options) withDefaults() (Options, error) {
	if o.VersionTable == "" {
		o.VersionTable = "retort_version"
	}
	if o.VersionSchema == "" {
		o.VersionSchema = "public"
	}
	if o.HistoryTable == "" {
		o.HistoryTable = "retort_version_history"
	}
	if o.Transaction == "" {
		o.Transaction = PerRevision
	}
	if o.Transaction != PerRevision && o.Transaction != PerRun {
		return o, fmt.Errorf("transaction mode %q: use %s or %s", o.Transaction, PerRevision, PerRun)
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Warnings == nil {
		o.Warnings = o.Log
	}
	if o.LockRetries < 0 {
		return o, fmt.Errorf("lock retries %d: use 0 (no retry) or more", o.LockRetries)
	}
	return o, nil
}

func (o Options) history() bool { return o.HistoryTable != "-" }

func (o Options) versionTable() string {
	return pgx.Identifier{o.VersionSchema, o.VersionTable}.Sanitize()
}

func (o Options) historyTable() string {
	return pgx.Identifier{o.VersionSchema, o.HistoryTable}.Sanitize()
}

// lockKey is the advisory lock key of a version table.
func (o Options) lockKey() int64 {
	h := fnv.New64a()
	io.WriteString(h, "retort version table "+o.VersionSchema+"."+o.VersionTable)
	return int64(h.Sum64())
}

// createTables returns the statements creating the version and history
// tables when missing, and adding to a history table of an older retort
// the columns it lacks.
func (o Options) createTables() []string {
	var out []string
	if o.VersionSchema != "public" {
		out = append(out, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{o.VersionSchema}.Sanitize())
	}
	out = append(out, "CREATE TABLE IF NOT EXISTS "+o.versionTable()+" (\n    version_num text NOT NULL PRIMARY KEY\n)")
	if o.history() {
		out = append(out, "CREATE TABLE IF NOT EXISTS "+o.historyTable()+` (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_after text[] NOT NULL,
    version_before text[] NOT NULL,
    operation text NOT NULL,
    direction text NOT NULL,
    revision text NOT NULL,
    user_version text NOT NULL DEFAULT '',
    applied_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    duration interval,
    checksum text NOT NULL DEFAULT '',
    statements_done integer
)`)
		// Looked up first: ALTER TABLE takes an exclusive lock even when it
		// has nothing to do, and someone may be reading the history.
		out = append(out, `DO $retort$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = `+literal(o.historyTable())+`::regclass AND attname = 'statements_done' AND NOT attisdropped) THEN
        ALTER TABLE `+o.historyTable()+` ADD COLUMN IF NOT EXISTS statements_done integer;
    END IF;
END $retort$`)
	}
	return out
}

// A change is one bookkeeping record: the version table goes from before
// to after, and the history gets one row.
type change struct {
	before, after []string
	operation     string // "migration" or "stamp" ("partial" rows are written by recordProgress)
	direction     Direction
	revision      string
	checksum      string
	duration      string // SQL expression of the duration
	purge         bool   // empty the version table first
}

// statements returns the SQL recording c.
func (o Options) statements(c change) []string {
	var out []string
	before := c.before
	if c.purge {
		out = append(out, "DELETE FROM "+o.versionTable())
		before = nil
	}
	removed, added := difference(before, c.after), difference(c.after, before)
	if len(removed) > 0 {
		out = append(out, fmt.Sprintf("DELETE FROM %s WHERE version_num IN (%s)", o.versionTable(), literals(removed)))
	}
	if len(added) > 0 {
		rows := make([]string, len(added))
		for i, id := range added {
			rows[i] = "(" + literal(id) + ")"
		}
		out = append(out, fmt.Sprintf("INSERT INTO %s (version_num) VALUES %s", o.versionTable(), strings.Join(rows, ", ")))
	}
	if o.history() {
		appliedBy := "current_user"
		if o.AppliedBy != "" {
			appliedBy = literal(o.AppliedBy)
		}
		out = append(out, fmt.Sprintf("INSERT INTO %s (version_after, version_before, operation, direction, revision, user_version, applied_by, duration, checksum)\nVALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
			o.historyTable(), array(c.after), array(c.before), literal(c.operation), literal(c.direction.String()),
			literal(c.revision), literal(o.UserVersion), appliedBy, c.duration, literal(c.checksum)))
	}
	return out
}

// partialRow returns the INSERT of a "partial" history row recording that
// the first done statements of c's revision completed, returning its id.
func (o Options) partialRow(c change, done int) string {
	appliedBy := "current_user"
	if o.AppliedBy != "" {
		appliedBy = literal(o.AppliedBy)
	}
	return fmt.Sprintf("INSERT INTO %s (version_after, version_before, operation, direction, revision, user_version, applied_by, duration, checksum, statements_done)\nVALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %d)\nRETURNING id",
		o.historyTable(), array(c.after), array(c.before), literal(c.operation), literal(c.direction.String()),
		literal(c.revision), literal(o.UserVersion), appliedBy, c.duration, literal(c.checksum), done)
}

// difference returns the ids of a not in b, in a's order.
func difference(a, b []string) []string {
	var out []string
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func literals(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = literal(id)
	}
	return strings.Join(q, ", ")
}

func array(ids []string) string {
	if len(ids) == 0 {
		return "'{}'::text[]"
	}
	return "ARRAY[" + literals(ids) + "]::text[]"
}
