package sqlsplit

import "strings"

// A Command is a statement of a script as a client sends it to the server.
type Command struct {
	// Text is the statement without the white space and -- comments
	// before it (psql drops those; a /* */ comment before it stays, for
	// it may hold a planner hint) and without the white space and
	// semicolons after it.
	Text string
	// Offset is the byte offset of Text in the script, from which the
	// server's error positions count.
	Offset int
}

// Commands splits the script sql into the commands a client sends, one
// for each statement of Split. Splitting needs no grammar, and none is
// applied: a statement with a syntax error, or with syntax newer than any
// parser's, is a command like any other, and so is the rest of a script
// that ends inside a quote or comment, for the server to judge and report
// where it is.
func Commands(sql string) []Command {
	var out []Command
	for _, st := range Split(sql) {
		start := st.Offset + leadingLineComments(st.Text)
		text := strings.TrimRight(sql[start:st.Offset+len(st.Text)], " \t\r\n\f\v;")
		if text != "" {
			out = append(out, Command{Text: text, Offset: start})
		}
	}
	return out
}

// leadingLineComments returns the length of the white space and --
// comments at the start of text.
func leadingLineComments(text string) int {
	l := lexer{src: text}
	for {
		k, from, to := l.next()
		if k != comment || !strings.HasPrefix(text[from:to], "--") {
			return from
		}
	}
}
