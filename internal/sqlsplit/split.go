package sqlsplit

import "strings"

// A Statement is one statement of a script.
type Statement struct {
	// Text is the statement as written, from just after the semicolon
	// that ends the statement before it (or from the start of the script)
	// up to, not including, its own semicolon: the blank lines and
	// comments before it are part of it, as they are of the statements
	// pg_query's SplitWithParser returns.
	Text string
	// Offset is the byte offset of Text in the script.
	Offset int
}

// Split splits the script sql into statements.
//
// A semicolon ends a statement unless it is quoted, commented out, inside
// parentheses or inside the body of a BEGIN ATOMIC ... END. A piece of
// script that holds only white space and comments is no statement. A quote
// or comment the script ends inside makes the rest of the script part of
// the last statement, for the server to report.
//
// A BEGIN ATOMIC body is found by key words, much as psql finds it: ATOMIC
// right after BEGIN opens one in a CREATE [OR REPLACE] FUNCTION or
// PROCEDURE, outside parentheses (so "SELECT begin atomic FROM t", a column
// and its label, opens none), and within it CASE opens and END closes a
// level.
func Split(sql string) []Statement {
	var (
		out     []Statement
		l       = lexer{src: sql}
		start   int      // where the current statement starts
		content bool     // the current statement has a token that is not a comment
		parens  int      // depth of open parentheses
		atomic  int      // depth of BEGIN ATOMIC and CASE within it, each closed by END
		begin   bool     // the token before is the key word BEGIN
		head    []string // the statement's first tokens, up to four
	)
	for {
		k, from, to := l.next()
		switch k {
		case eof:
			if content {
				out = append(out, Statement{Text: sql[start:], Offset: start})
			}
			return out
		case comment:
			continue
		case semicolon:
			if parens == 0 && atomic == 0 {
				if content {
					out = append(out, Statement{Text: sql[start:from], Offset: start})
				}
				start, content, begin, head = to, false, false, head[:0]
				continue
			}
		case openParen:
			parens++
		case closeParen:
			// An unbalanced ")" is the server's to report; it must not
			// keep later semicolons from ending statements.
			parens = max(parens-1, 0)
		case word:
			w := sql[from:to]
			switch {
			case begin && parens == 0 && strings.EqualFold(w, "atomic") && isRoutine(head):
				atomic++
			case atomic > 0 && strings.EqualFold(w, "case"):
				atomic++
			case atomic > 0 && strings.EqualFold(w, "end"):
				atomic--
			}
		}
		content = true
		begin = k == word && strings.EqualFold(sql[from:to], "begin")
		if len(head) < 4 {
			head = append(head, sql[from:to])
		}
	}
}

// isRoutine reports whether a statement whose first tokens are head is a
// CREATE [OR REPLACE] FUNCTION or PROCEDURE, the statements that may have a
// BEGIN ATOMIC body.
func isRoutine(head []string) bool {
	is := func(i int, w string) bool { return i < len(head) && strings.EqualFold(head[i], w) }
	i := 1
	if is(1, "or") && is(2, "replace") {
		i = 3
	}
	return is(0, "create") && (is(i, "function") || is(i, "procedure"))
}

// FirstToken returns the byte offset in text of its first token, the first
// character that is neither white space nor part of a comment; len(text)
// when there is none. An unclosed /* comment counts as a token.
func FirstToken(text string) int {
	l := lexer{src: text}
	for {
		k, from, _ := l.next()
		if k != comment {
			return from
		}
	}
}
