package source

import (
	"errors"
	"strings"
	"unicode/utf8"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"github.com/pganalyze/pg_query_go/v6/parser"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// A statement is one SQL statement of a script, with its place in it.
type statement struct {
	text   string // as found in the script (see splitScript)
	offset int    // byte offset of text in the script
}

// parserMajor is the PostgreSQL major version whose grammar pg_query_go v6
// carries (17). A newer server may accept syntax the parser rejects.
const parserMajor = 17

// splitScript splits sql into the statements a client sends
// (sqlsplit.Commands: the lexer rules of PostgreSQL, no grammar), each
// without the blanks and line comments before it. Unless trustServer is
// set (the server is newer than the parser), the script is first parsed
// whole, so that a syntax error is returned as *SQLError before anything
// runs, and a psql meta-command as the error metaCommandError gives. With
// trustServer the server judges the syntax, statement by statement.
func splitScript(name, sql string, trustServer bool) ([]statement, error) {
	if !trustServer {
		if err := checkSyntax(name, sql); err != nil {
			return nil, err
		}
	}
	var stmts []statement
	for _, c := range sqlsplit.Commands(sql) {
		stmts = append(stmts, statement{text: c.Text, offset: c.Offset})
	}
	return stmts, nil
}

// pieces splits sql into statements as written, each with the comments
// before it (sqlsplit.Split), for reading the annotations among them.
func pieces(sql string) []statement {
	var stmts []statement
	for _, st := range sqlsplit.Split(sql) {
		stmts = append(stmts, statement{text: st.Text, offset: st.Offset})
	}
	return stmts
}

// checkSyntax parses sql and returns its first syntax error as *SQLError.
// SplitWithParser is used for the parse only: unlike Parse, it does not
// copy the tree out to Go.
func checkSyntax(name, sql string) error {
	_, err := pg_query.SplitWithParser(sql, false)
	if err == nil {
		return nil
	}
	var perr *parser.Error
	if !errors.As(err, &perr) {
		return &SQLError{File: name, Line: 1, Message: oneLine(err.Error()), Err: err}
	}
	off := byteOffset(sql, 0, perr.Cursorpos)
	if merr := metaCommandError(name, sql, off); merr != nil {
		return merr
	}
	return &SQLError{File: name, Line: lineAt(sql, off), Message: oneLine(perr.Message), Err: err}
}

// metaCommandError returns an *SQLError when the byte at off starts a psql
// meta-command (a backslash outside quotes), nil otherwise.
func metaCommandError(name, sql string, off int) error {
	if off < 0 || off >= len(sql) || sql[off] != '\\' {
		return nil
	}
	end := off + 1
	for end < len(sql) && !strings.ContainsRune(" \t\r\n", rune(sql[end])) {
		end++
	}
	return &SQLError{
		File:    name,
		Line:    lineAt(sql, off),
		Message: "psql meta-command " + sql[off:end] + " is not supported in a SQL source; remove it",
		Err:     ErrMetaCommand,
	}
}

// byteOffset turns a 1-based character position counted from byte offset
// start of s (as PostgreSQL reports positions) into a byte offset in s. A
// position of 0 (unknown) gives start.
func byteOffset(s string, start, charPos int) int {
	off := start
	for n := 1; n < charPos && off < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off
}

// lineAt returns the 1-based line number of byte offset off in s.
func lineAt(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return strings.Count(s[:off], "\n") + 1
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
