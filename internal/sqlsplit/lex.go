package sqlsplit

import "strings"

// A kind is the class of a token, as far as splitting needs to know it.
type kind uint8

const (
	eof         kind = iota
	comment          // -- to the end of the line (\n or \r), or a closed /* */
	openComment      // a /* */ comment the text ends inside
	word             // an unquoted identifier or key word
	semicolon        // ;
	openParen        // (
	closeParen       // )
	other            // anything else: a literal, a quoted identifier, an operator, ...
)

// A lexer reads the tokens of src from pos, following the rules of
// PostgreSQL's scan.l where they decide what is quoted or commented out.
// A quote the text ends inside runs to the end of src.
type lexer struct {
	src string
	pos int
}

// next returns the kind and the byte range of the token at l.pos, skipping
// white space, and moves past it. At the end of src it returns eof.
func (l *lexer) next() (k kind, from, to int) {
	s := l.src
	i := l.pos
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	from = i
	if i == len(s) {
		l.pos = i
		return eof, i, i
	}
	k, i = other, i+1
	switch c := s[from]; {
	case c == '-' && strings.HasPrefix(s[from:], "--"):
		// An operator is cut where "--" or "/*" starts in it, so the
		// comment starts here whatever comes before.
		k, i = comment, len(s)
		if nl := strings.IndexAny(s[from:], "\r\n"); nl >= 0 {
			i = from + nl + 1
		}
	case c == '/' && strings.HasPrefix(s[from:], "/*"):
		k, i = blockComment(s, from)
	case c == '\'':
		i = quoted(s, from, '\'')
	case c == '"':
		i = quoted(s, from, '"')
	case c == '$':
		i = dollar(s, from)
	case c == ';':
		k = semicolon
	case c == '(':
		k = openParen
	case c == ')':
		k = closeParen
	case isDigit(c):
		i = number(s, from+1, true)
	case isIdentStart(c):
		for i < len(s) && isIdentCont(s[i]) {
			i++
		}
		k = word
		// E'...' takes backslash escapes; the E must be a token of its
		// own (in "name'...'" the quote starts a plain string).
		if i-from == 1 && (c == 'e' || c == 'E') && i < len(s) && s[i] == '\'' {
			k, i = other, escaped(s, i)
		}
	}
	l.pos = i
	return k, from, i
}

// blockComment returns the end of the comment that starts at s[from:]
// ("/*"). Block comments nest.
func blockComment(s string, from int) (kind, int) {
	depth := 0
	for i := from; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "/*"):
			depth++
			i += 2
		case strings.HasPrefix(s[i:], "*/"):
			depth--
			i += 2
			if depth == 0 {
				return comment, i
			}
		default:
			i++
		}
	}
	return openComment, len(s)
}

// quoted returns the end of the string or quoted identifier at s[from:],
// whose quote character q is written twice inside it.
func quoted(s string, from int, q byte) int {
	i := from + 1
	for {
		j := strings.IndexByte(s[i:], q)
		if j < 0 {
			return len(s)
		}
		i += j + 1
		if i == len(s) || s[i] != q {
			return i
		}
		i++
	}
}

// escaped returns the end of the E'...' string whose quote is at s[from]:
// a backslash escapes the byte after it, and a doubled quote is a quote.
func escaped(s string, from int) int {
	for i := from + 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(s)
}

// dollar returns the end of the token that starts with the "$" at s[from]:
// a parameter ($1), a dollar-quoted string ($$...$$, $tag$...$tag$, up to
// the first repeat of its opening delimiter) or a lone "$".
func dollar(s string, from int) int {
	i := from + 1
	if i < len(s) && isDigit(s[i]) {
		return number(s, i, false)
	}
	if i < len(s) && isIdentStart(s[i]) {
		for i < len(s) && isIdentCont(s[i]) && s[i] != '$' {
			i++
		}
	}
	if i == len(s) || s[i] != '$' {
		return from + 1 // "$abc" is "$" followed by the identifier abc
	}
	delim := s[from : i+1]
	end := strings.Index(s[i+1:], delim)
	if end < 0 {
		return len(s)
	}
	return i + 1 + end + len(delim)
}

// number returns the end of the number (or parameter number, when dot is
// false) whose digits go on at s[i]. Letters right after the digits make
// the scanner read one "trailing junk" token, an error, which goes on like
// an identifier: "1a$$" is one token, "1$$" a number and a dollar quote.
func number(s string, i int, dot bool) int {
	for i < len(s) && (isDigit(s[i]) || s[i] == '_' || dot && s[i] == '.') {
		i++
	}
	if i < len(s) && isIdentStart(s[i]) {
		for i < len(s) && isIdentCont(s[i]) {
			i++
		}
	}
	return i
}

// isSpace reports whether c is white space to the scanner.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIdentStart reports whether c may start an identifier: a letter, an
// underscore or any byte of a non-ASCII character.
func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}

// isIdentCont reports whether c may continue an identifier.
func isIdentCont(c byte) bool {
	return isIdentStart(c) || isDigit(c) || c == '$'
}
