package migrate

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// OfflineUpgrade returns, as one psql script, the SQL the runner would run
// to upgrade a database at from (nil = base) to target: the version and
// history tables' creation, each revision's SQL inside BEGIN/COMMIT (per
// revision, or once per run), and the bookkeeping statements. It does not
// touch a database. Run it with psql -X -v ON_ERROR_STOP=1 -f FILE.
func (g *Graph) OfflineUpgrade(from []string, target string, opts Options) (string, error) {
	steps, err := g.UpgradePlan(from, target)
	if err != nil {
		return "", err
	}
	return g.script("upgrade", from, target, steps, opts)
}

// OfflineDowngrade is OfflineUpgrade for a downgrade.
func (g *Graph) OfflineDowngrade(from []string, target string, opts Options) (string, error) {
	steps, err := g.DowngradePlan(from, target)
	if err != nil {
		return "", err
	}
	return g.script("downgrade", from, target, steps, opts)
}

// OfflineStamp returns the SQL that stamps a database at from with target
// (see Runner.Stamp; from is trusted to be the version table's contents).
func (g *Graph) OfflineStamp(from []string, target string, opts Options) (string, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return "", err
	}
	c, err := g.stampChange(from, target, false)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "-- retort offline stamp: %s -> %s\n-- run with: psql -X -v ON_ERROR_STOP=1 -f FILE\n\n", display(from), display(c.after))
	writeStatements(&b, o.createTables())
	b.WriteString("\nBEGIN;\n")
	writeStatements(&b, o.statements(c))
	b.WriteString("COMMIT;\n")
	return b.String(), nil
}

func (g *Graph) script(verb string, from []string, target string, steps []Step, opts Options) (string, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return "", err
	}
	// The script wraps revisions in BEGIN/COMMIT as the runner does.
	if err := checkTransactionControl(steps); err != nil {
		return "", err
	}
	perRun := o.Transaction == PerRun
	var b strings.Builder
	fmt.Fprintf(&b, "-- retort offline %s: %s -> %s (%d step(s), transaction %s)\n-- run with: psql -X -v ON_ERROR_STOP=1 -f FILE\n\n",
		verb, display(from), target, len(steps), o.Transaction)
	writeStatements(&b, o.createTables())
	inTx := false
	current := from
	for _, s := range steps {
		after := NextHeads(g, current, s)
		fmt.Fprintf(&b, "\n-- %s %s -> %s, %s", s.Direction.verb(), display(current), display(after), oneLine(s.Revision.Message))
		if s.Revision.Path != "" {
			fmt.Fprintf(&b, " (%s)", s.Revision.Path)
		}
		b.WriteString("\n")
		sql, _ := s.SQL()
		if s.Revision.NoTransaction {
			if inTx {
				b.WriteString("COMMIT;\n")
				inTx = false
			}
			b.WriteString("-- Transaction: false: runs outside a transaction\n")
			writeSection(&b, sql)
		}
		if !inTx {
			b.WriteString("BEGIN;\n")
			inTx = true
		}
		if !s.Revision.NoTransaction {
			writeSection(&b, sql)
		}
		// In a transaction now() is its start: the duration is the revision's
		// (or, per run, the run's so far).
		writeStatements(&b, o.statements(change{
			before: current, after: after, operation: "migration", direction: s.Direction,
			revision: s.Revision.ID, checksum: s.Revision.Checksum, duration: "clock_timestamp() - now()",
		}))
		if !perRun || s.Revision.NoTransaction {
			b.WriteString("COMMIT;\n")
			inTx = false
		}
		current = after
	}
	if inTx {
		b.WriteString("COMMIT;\n")
	}
	return b.String(), nil
}

// writeSection writes a section's SQL as it is in the file (comments
// included), adding a semicolon when its last statement has none.
func writeSection(b *strings.Builder, sql string) {
	if strings.TrimSpace(sql) == "" {
		return
	}
	b.WriteString(sql + "\n")
	// A statement's text stops at its semicolon, or else at the end of
	// the section.
	stmts := sqlsplit.Split(sql)
	if n := len(stmts); n > 0 && stmts[n-1].Offset+len(stmts[n-1].Text) == len(sql) {
		b.WriteString(";\n")
	}
}

func writeStatements(b *strings.Builder, stmts []string) {
	for _, s := range stmts {
		b.WriteString(s)
		last := s[strings.LastIndexByte(s, '\n')+1:]
		if strings.Contains(last, "--") {
			b.WriteString("\n")
		}
		b.WriteString(";\n")
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
