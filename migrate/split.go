package migrate

import (
	"strings"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// A statement is one SQL statement of a section, and where it starts.
type statement struct {
	text string // as sent: leading blanks and line comments skipped, without the final semicolon
	line int    // 0-based line where text starts within the section
}

// splitStatements splits a section's SQL into the statements a client
// sends (sqlsplit.Commands: PostgreSQL's lexer rules, which know dollar
// quotes and BEGIN ATOMIC bodies but no grammar): a statement with a
// syntax error, or with syntax newer than any parser's, is sent as it is
// and the server reports its error and position.
func splitStatements(sql string) []statement {
	var out []statement
	for _, c := range sqlsplit.Commands(sql) {
		out = append(out, statement{text: c.Text, line: strings.Count(sql[:c.Offset], "\n")})
	}
	return out
}

// lineOfPosition returns the 0-based line, within text, of the server's
// 1-based character position (0 when there is none).
func lineOfPosition(text string, position int32) int {
	if position <= 1 {
		return 0
	}
	line, n := 0, int32(1)
	for _, r := range text {
		if n >= position {
			break
		}
		if r == '\n' {
			line++
		}
		n++
	}
	return line
}
