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
	literal          // a string constant: '...', E'...', B'...', X'...', N'...', U&'...', $$...$$
	quotedIdent      // "..." or U&"..."
	openQuote        // a string or quoted identifier the text ends inside
	other            // anything else: an operator, a number, a parameter, ...
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
	closed := true
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
		k = literal
		i, closed = quoted(s, from, '\'')
	case c == '"':
		k = quotedIdent
		i, closed = quoted(s, from, '"')
	case c == '$':
		i, closed = dollar(s, from)
		if i > from+1 && !isDigit(s[from+1]) {
			k = literal
		}
	case c == ':':
		if i < len(s) && (s[i] == ':' || s[i] == '=') {
			i++ // "::" and ":="
		}
	case isOpChar(c):
		i = operator(s, from)
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
		if i-from != 1 || i == len(s) {
			break
		}
		// A prefixed string is one token, and its prefix must be a token
		// of its own (in "name'...'" the quote starts a plain string).
		switch c | 0x20 {
		case 'e': // E'...' takes backslash escapes
			if s[i] == '\'' {
				k = literal
				i, closed = escaped(s, i)
			}
		case 'b', 'x', 'n': // bit strings, hexadecimal bit strings, national characters
			if s[i] == '\'' {
				k = literal
				i, closed = quoted(s, i, '\'')
			}
		case 'u': // U&'...' and U&"...": their escapes never hide a quote
			if i+1 < len(s) && s[i] == '&' && (s[i+1] == '\'' || s[i+1] == '"') {
				k = literal
				if s[i+1] == '"' {
					k = quotedIdent
				}
				i, closed = quoted(s, i+1, s[i+1])
			}
		}
	}
	if !closed {
		k = openQuote
	}
	l.pos = i
	return k, from, i
}

// isOpChar reports whether c may be part of an operator.
func isOpChar(c byte) bool { return strings.IndexByte("~!@#^&|`?+-*/%<>=", c) >= 0 }

// operator returns the end of the operator at s[from:], read as scan.l
// reads it: the longest run of operator characters, cut where "--" or "/*"
// starts a comment, and without a final + or - unless the run holds one of
// ~!@#^&|`?% (so "a=-1" reads "=" and "-").
func operator(s string, from int) int {
	i := from + 1
	for i < len(s) && isOpChar(s[i]) && !strings.HasPrefix(s[i:], "--") && !strings.HasPrefix(s[i:], "/*") {
		i++
	}
	if i-from > 1 && strings.IndexAny(s[from:i], "~!@#^&|`?%") < 0 {
		for i-from > 1 && (s[i-1] == '+' || s[i-1] == '-') {
			i--
		}
	}
	return i
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
// whose quote character q is written twice inside it, and whether it is
// closed (else it runs to the end of s).
func quoted(s string, from int, q byte) (int, bool) {
	i := from + 1
	for {
		j := strings.IndexByte(s[i:], q)
		if j < 0 {
			return len(s), false
		}
		i += j + 1
		if i == len(s) || s[i] != q {
			return i, true
		}
		i++
	}
}

// escaped returns the end of the E'...' string whose quote is at s[from]
// (a backslash escapes the byte after it, and a doubled quote is a quote),
// and whether it is closed.
func escaped(s string, from int) (int, bool) {
	for i := from + 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				i++
				continue
			}
			return i + 1, true
		}
	}
	return len(s), false
}

// dollar returns the end of the token that starts with the "$" at s[from]:
// a parameter ($1), a dollar-quoted string ($$...$$, $tag$...$tag$, up to
// the first repeat of its opening delimiter) or a lone "$", and whether it
// is closed.
func dollar(s string, from int) (int, bool) {
	i := from + 1
	if i < len(s) && isDigit(s[i]) {
		return number(s, i, false), true
	}
	if i < len(s) && isIdentStart(s[i]) {
		for i < len(s) && isIdentCont(s[i]) && s[i] != '$' {
			i++
		}
	}
	if i == len(s) || s[i] != '$' {
		return from + 1, true // "$abc" is "$" followed by the identifier abc
	}
	delim := s[from : i+1]
	end := strings.Index(s[i+1:], delim)
	if end < 0 {
		return len(s), false
	}
	return i + 1 + end + len(delim), true
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
