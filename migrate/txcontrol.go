package migrate

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// checkTransactionControl refuses steps whose SQL controls transactions
// itself. The runner runs a revision and its bookkeeping in one
// transaction, so a ROLLBACK in a revision would undo the revision but
// leave it recorded as applied, and a COMMIT would commit half of it. A
// run is checked whole before its first statement runs.
func checkTransactionControl(steps []Step) error {
	for _, s := range steps {
		sql, line := s.SQL()
		for _, st := range splitStatements(sql) {
			what := transactionControl(st.text)
			if what == "" {
				continue
			}
			return &FileError{
				Path: where(s.Revision),
				Line: line + st.line,
				Message: fmt.Sprintf("%s in the %s section of revision %s: remove it; retort runs each revision in a transaction of its own and records it in the same transaction "+
					"(a revision with statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY, says so with the header line \"-- Transaction: false\")",
					what, s.Direction.verb(), s.Revision.ID),
				Err: ErrTransactionControl,
			}
		}
	}
	return nil
}

// transactionControl returns the statement's transaction control command
// (upper case, e.g. "ROLLBACK", "START TRANSACTION"), or "" when it is
// another statement. Its first key word decides: BEGIN, COMMIT, END and
// ROLLBACK inside a DO block or a function body are within a quoted body
// or a BEGIN ATOMIC statement, never first.
func transactionControl(stmt string) string {
	w := sqlsplit.Tokens(stmt, 2)
	if len(w) == 0 || w[0].Quoted {
		return ""
	}
	second := func(kw string) bool { return len(w) > 1 && w[1].Is(kw) }
	switch first := w[0].Text; first {
	case "begin", "end", "abort", "savepoint", "release":
		return strings.ToUpper(first)
	case "commit", "rollback":
		if second("prepared") {
			return strings.ToUpper(first) + " PREPARED"
		}
		if first == "rollback" && second("to") {
			return "ROLLBACK TO SAVEPOINT"
		}
		return strings.ToUpper(first)
	case "start", "prepare":
		if second("transaction") {
			return strings.ToUpper(first) + " TRANSACTION"
		}
	}
	return ""
}
