package source

import (
	"errors"
	"strings"
	"unicode/utf8"

	pg_query "github.com/pganalyze/pg_query_go/v5"
	"github.com/pganalyze/pg_query_go/v5/parser"
)

// A statement is one SQL statement of a script, with its place in it.
type statement struct {
	text   string // as found in the script, with leading comments
	offset int    // byte offset of text in the script
}

// parserMajor is the PostgreSQL major version whose grammar pg_query_go v5
// carries. A newer server may accept syntax the parser rejects.
const parserMajor = 16

// splitScript splits sql into statements. It splits with the PostgreSQL
// parser, which understands BEGIN ATOMIC bodies; a syntax error is returned
// as *SQLError, unless trustServer is set (the server is newer than the
// parser), in which case the script is split by the scanner only (see
// scanSplit) and the server judges the syntax. A psql meta-command is always an error.
func splitScript(name, sql string, trustServer bool) ([]statement, error) {
	parts, err := pg_query.SplitWithParser(sql, false)
	if err != nil {
		var perr *parser.Error
		if !errors.As(err, &perr) {
			return nil, &SQLError{File: name, Line: 1, Message: oneLine(err.Error()), Err: err}
		}
		off := byteOffset(sql, 0, perr.Cursorpos)
		if merr := metaCommandError(name, sql, off); merr != nil {
			return nil, merr
		}
		if !trustServer {
			return nil, &SQLError{File: name, Line: lineAt(sql, off), Message: oneLine(perr.Message), Err: err}
		}
		stmts, err := scanSplit(sql)
		if err != nil {
			if errors.As(err, &perr) {
				off := byteOffset(sql, 0, perr.Cursorpos)
				return nil, &SQLError{File: name, Line: lineAt(sql, off), Message: oneLine(perr.Message), Err: err}
			}
			return nil, &SQLError{File: name, Line: 1, Message: oneLine(err.Error()), Err: err}
		}
		return stmts, nil
	}
	stmts := make([]statement, 0, len(parts))
	pos := 0
	for _, p := range parts {
		i := strings.Index(sql[pos:], p)
		if i < 0 { // cannot happen: parts are substrings in order
			i = 0
		}
		stmts = append(stmts, statement{text: p, offset: pos + i})
		pos += i + len(p)
	}
	return stmts, nil
}

// scanSplit splits sql at the semicolons the scanner sees outside quotes,
// comments and BEGIN ATOMIC ... END bodies. (pg_query's SplitWithScanner is
// not used: it drops statements that start with an identifier, such as a
// misspelled keyword, which the server must see to report.)
func scanSplit(sql string) ([]statement, error) {
	res, err := pg_query.Scan(sql)
	if err != nil {
		return nil, err
	}
	var stmts []statement
	add := func(start, end int) {
		if text := sql[start:end]; firstToken(text) < len(text) {
			stmts = append(stmts, statement{text: text, offset: start})
		}
	}
	start, depth := 0, 0
	prev := pg_query.Token_NUL
	for _, tk := range res.Tokens {
		switch tk.Token {
		case pg_query.Token_ATOMIC:
			if prev == pg_query.Token_BEGIN_P {
				depth++
			}
		case pg_query.Token_CASE:
			if depth > 0 {
				depth++
			}
		case pg_query.Token_END_P:
			if depth > 0 {
				depth--
			}
		case pg_query.Token_ASCII_59:
			if depth == 0 {
				add(start, int(tk.Start))
				start = int(tk.End)
			}
		}
		if tk.Token != pg_query.Token_SQL_COMMENT && tk.Token != pg_query.Token_C_COMMENT {
			prev = tk.Token
		}
	}
	add(start, len(sql))
	return stmts, nil
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

// firstToken returns the byte offset in text of the first character that is
// neither white space nor part of a comment.
func firstToken(text string) int {
	i := 0
	for i < len(text) {
		switch {
		case strings.ContainsRune(" \t\r\n\f\v", rune(text[i])):
			i++
		case strings.HasPrefix(text[i:], "--"):
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return len(text)
			}
			i += j + 1
		case strings.HasPrefix(text[i:], "/*"):
			// Block comments nest in PostgreSQL.
			depth := 0
			for i < len(text) {
				if strings.HasPrefix(text[i:], "/*") {
					depth++
					i += 2
				} else if strings.HasPrefix(text[i:], "*/") {
					depth--
					i += 2
					if depth == 0 {
						break
					}
				} else {
					i++
				}
			}
		default:
			return i
		}
	}
	return i
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
