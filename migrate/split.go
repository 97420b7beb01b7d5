package migrate

import (
	"strings"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// A statement is one SQL statement of a section, and where it starts.
type statement struct {
	text string // from its first token (leading blanks and line comments skipped), without the final semicolon
	line int    // 0-based line of its first token within the section
}

// splitStatements splits a section's SQL into statements with the lexer
// rules of PostgreSQL (see sqlsplit), which know dollar quotes and BEGIN
// ATOMIC bodies but no grammar: a statement with a syntax error, or with
// syntax newer than any parser's, is sent as it is and the server reports
// its error and position.
func splitStatements(sql string) []statement {
	var out []statement
	for _, p := range sqlsplit.Split(sql) {
		end := p.Offset + len(p.Text)
		if s, ok := trimmed(sql[:end], p.Offset); ok {
			out = append(out, s)
		}
	}
	return out
}

// trimmed returns the statement sql[start:] without leading blanks and line
// comments, and the line where it starts; ok is false when nothing is left.
func trimmed(sql string, start int) (statement, bool) {
	for start < len(sql) {
		rest := sql[start:]
		t := strings.TrimLeft(rest, " \t\r\n\f\v")
		start += len(rest) - len(t)
		if !strings.HasPrefix(t, "--") {
			break
		}
		nl := strings.IndexByte(t, '\n')
		if nl < 0 {
			start = len(sql)
			break
		}
		start += nl + 1
	}
	text := strings.TrimRight(sql[start:], " \t\r\n;")
	if text == "" {
		return statement{}, false
	}
	return statement{text: text, line: strings.Count(sql[:start], "\n")}, true
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
