package acceptance

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/retortdb/retort/internal/pgtest"
)

// secondOpinionMark starts the log line of a comparison that the pg_dump
// second opinion decided, so that a run can count them (go test -v).
const secondOpinionMark = "pg_dump second opinion:"

// sameCatalog requires the catalog fingerprint of got (a migrated
// database) to equal want's. Where PostgreSQL's printing is not a fixed
// point (re-creating an object from its printed text can print it
// otherwise), the two can differ though the schemas are the same; then the
// fair judge is what PostgreSQL itself rebuilds from want: a schema-only
// pg_dump of want's database, restored into a fresh one. got passes iff its
// fingerprint equals that restored database's. No retort code rewrites a
// fingerprint on either path.
func sameCatalog(t *testing.T, stage string, want, got snapshot, script, fingerprintSQL string) {
	t.Helper()
	if err := catalogVerdict(t, stage, want, got, fingerprintSQL); err != nil {
		t.Fatalf("%v\n--- script ---\n%s", err, script)
	}
}

// catalogVerdict is sameCatalog's judgement: nil when got's fingerprint
// equals want's, or (logged with secondOpinionMark) that of want's pg_dump
// and restore; else an error showing the differences.
func catalogVerdict(t *testing.T, stage string, want, got snapshot, fingerprintSQL string) error {
	t.Helper()
	d := cmp.Diff(want.fingerprint, got.fingerprint)
	if d == "" {
		return nil
	}
	if want.holder == nil {
		return fmt.Errorf("%s: catalog fingerprints differ (-want +got)\n%s", stage, d)
	}
	restored, err := dumpRestoreFingerprint(t, want, fingerprintSQL)
	if err != nil {
		return fmt.Errorf("%s: catalog fingerprints differ (-want +got)\n%s\nand the second opinion failed: %w", stage, d, err)
	}
	if dr := cmp.Diff(restored, got.fingerprint); dr != "" {
		return fmt.Errorf("%s: catalog fingerprints differ (-want +got)\n%s\n"+
			"and differ from the fingerprint of the target's pg_dump and restore too (-restored +got)\n%s", stage, d, dr)
	}
	t.Logf("%s %s: the fingerprint differs from the target's but equals that of the target's pg_dump and restore (-target +restored)\n%s",
		secondOpinionMark, stage, cmp.Diff(want.fingerprint, restored))
	return nil
}

// dumpRestoreFingerprint dumps the schema of the database holding want
// (pg_dump --schema-only of the server's major, without owners and
// privileges, which the fingerprint leaves out), restores it with psql into
// a new database and returns that database's catalog fingerprint. The
// holder must still hold want: a harness that dumped a changed database
// would judge the migrated database against itself.
func dumpRestoreFingerprint(t *testing.T, want snapshot, fingerprintSQL string) ([]string, error) {
	t.Helper()
	pgDump := pgtest.ClientTool(t, "pg_dump")
	psql := pgtest.ClientTool(t, "psql")
	src := want.holder()
	if d := cmp.Diff(want.fingerprint, fingerprintOf(t, src, fingerprintSQL)); d != "" {
		return nil, fmt.Errorf("harness: the database given for the target's pg_dump no longer holds the target (-want +got)\n%s", d)
	}
	var dump, stderr bytes.Buffer
	cmd := exec.Command(pgDump, "--schema-only", "--no-owner", "--no-privileges", "--dbname", src)
	cmd.Stdout, cmd.Stderr = &dump, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pg_dump of the target: %v\n%s", err, stderr.String())
	}
	restored := pgtest.NewDatabase(t)
	script := withoutUnknownSettings(t, restored, dump.String())
	stderr.Reset()
	cmd = exec.Command(psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "--dbname", restored, "-f", "-")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(script), &stderr, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("restore of the target's pg_dump: %v\n%s", err, stderr.String())
	}
	return fingerprintOf(t, restored, fingerprintSQL), nil
}

// dumpSetting matches a line of pg_dump's session preamble that sets a
// parameter ("SET transaction_timeout = 0;").
var dumpSetting = regexp.MustCompile(`^SET ([a-z_]+) = .*;$`)

// withoutUnknownSettings returns dump without the SET lines of parameters
// that the server of the database at url does not have. pg_dump writes
// its own major's session preamble whatever the server it dumps:
// pg_dump 18's sets transaction_timeout, which 16 and older do not know.
// Where the matrix has no pg_dump of the server's major it takes a newer
// one (pgtest.ClientTool), whose script must load into the older server;
// those lines only set up the restoring session, so leaving them out
// changes nothing in the schema.
func withoutUnknownSettings(t *testing.T, url, dump string) string {
	t.Helper()
	conn := pgtest.Connect(t, url)
	defer conn.Close(context.Background())
	rows, err := conn.Query(context.Background(), "SELECT name FROM pg_settings")
	if err != nil {
		t.Fatalf("pg_settings: %v", err)
	}
	known, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("pg_settings: %v", err)
	}
	has := map[string]bool{}
	for _, name := range known {
		has[name] = true
	}
	lines := strings.SplitAfter(dump, "\n")
	kept := lines[:0]
	for _, line := range lines {
		if m := dumpSetting.FindStringSubmatch(strings.TrimRight(line, "\n")); m != nil && !has[m[1]] {
			t.Logf("restore of the target's pg_dump: left out %q, a parameter this server does not have", strings.TrimSpace(line))
			continue
		}
		kept = append(kept, line)
	}
	return strings.Join(kept, "")
}

// fingerprintOf returns the catalog fingerprint of the database at url,
// read on a connection of its own.
func fingerprintOf(t *testing.T, url, fingerprintSQL string) []string {
	t.Helper()
	conn := pgtest.Connect(t, url)
	defer conn.Close(context.Background())
	return catalogFingerprint(t, conn, fingerprintSQL)
}

// catalogFingerprint runs the shared catalog fingerprint script (its SQL;
// the psql output settings at its top are what pgx returns anyway) and
// returns its lines, storage parameters sorted, followed by the lines of
// statisticsFingerprint. Statements run in a
// transaction that is rolled back, so its SET does not outlive it.
func catalogFingerprint(t *testing.T, conn *pgx.Conn, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("catalog fingerprint: %v", err)
	}
	var sql strings.Builder
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if !strings.HasPrefix(line, "\\") {
			sql.WriteString(line)
		}
	}
	stmts, err := pg_query.SplitWithScanner(sql.String(), true)
	if err != nil || len(stmts) == 0 {
		t.Fatalf("catalog fingerprint %s: cannot split: %v", path, err)
	}
	ctx := context.Background()
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatalf("catalog fingerprint: %v", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // read-only; the rollback only ends it
	for _, s := range stmts[:len(stmts)-1] {
		if _, err := tx.Exec(ctx, s); err != nil {
			t.Fatalf("catalog fingerprint: %s: %v", s, err)
		}
	}
	var lines []string
	for _, q := range []string{stmts[len(stmts)-1], statisticsFingerprint} {
		rows, err := tx.Query(ctx, q)
		if err != nil {
			t.Fatalf("catalog fingerprint: %v", err)
		}
		more, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (string, error) {
			var l pgtype.Text
			err := r.Scan(&l)
			return canonicalStatistics(canonicalOptions(l.String)), err
		})
		if err != nil {
			t.Fatalf("catalog fingerprint: %v", err)
		}
		lines = append(lines, more...)
	}
	return lines
}

// statisticsFingerprint is the harness's own fingerprint of what the shared
// one leaves out: extended statistics objects, each as PostgreSQL prints
// its definition (its table, kinds, columns and expressions), with its
// statistics target (-1 before 17 and NULL from 17 both mean the default)
// and its comment. It runs after the shared script, in its transaction,
// whose search_path (pg_catalog alone) prints every other name qualified.
const statisticsFingerprint = `
SELECT format('statistics %s target=%s comment=%s',
              pg_get_statisticsobjdef(st.oid),
              coalesce(nullif(st.stxstattarget, -1)::text, 'default'),
              coalesce(quote_literal(obj_description(st.oid, 'pg_statistic_ext')), 'none'))
FROM pg_statistic_ext st
JOIN pg_namespace n ON n.oid = st.stxnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
ORDER BY 1`

var (
	reloptionsRE  = regexp.MustCompile(`options=(\S+)`)
	indexOptionRE = regexp.MustCompile(`WITH \(([^()]*)\)`)
)

// canonicalOptions sorts the storage parameters in a fingerprint line. The
// catalog keeps them in the order they were set, which carries no meaning:
// a table given fillfactor later than parallel_workers is the same table.
func canonicalOptions(line string) string {
	line = reloptionsRE.ReplaceAllStringFunc(line, func(m string) string {
		return "options=" + sortedList(strings.TrimPrefix(m, "options="), ",")
	})
	return indexOptionRE.ReplaceAllStringFunc(line, func(m string) string {
		return "WITH (" + sortedList(m[len("WITH ("):len(m)-1], ", ") + ")"
	})
}

// canonicalStatistics sorts the columns and expressions of a statistics
// object's definition in a fingerprint line. PostgreSQL prints its columns
// in the table's column order, which a column dropped and added again
// changes, though the statistics are the same.
func canonicalStatistics(line string) string {
	on, from := strings.Index(line, " ON "), strings.LastIndex(line, " FROM ")
	if !strings.HasPrefix(line, "statistics CREATE STATISTICS ") || on < 0 || from < on {
		return line
	}
	items := topLevelItems(line[on+len(" ON ") : from])
	sort.Strings(items)
	return line[:on+len(" ON ")] + strings.Join(items, ", ") + line[from:]
}

// topLevelItems splits a list at the commas outside parentheses and
// quotes.
func topLevelItems(list string) []string {
	var items []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(list); i++ {
		switch c := list[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ',' && depth == 0:
			items = append(items, strings.TrimSpace(list[start:i]))
			start = i + 1
		}
	}
	return append(items, strings.TrimSpace(list[start:]))
}

func sortedList(list, sep string) string {
	items := strings.Split(list, sep)
	sort.Strings(items)
	return strings.Join(items, sep)
}
