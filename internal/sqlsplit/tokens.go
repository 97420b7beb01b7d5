package sqlsplit

import "strings"

// A Token is a token of a statement that is neither white space nor a
// comment, as checks that look at a statement's first key words read it.
type Token struct {
	// Text is an unquoted identifier or key word in lower case, a quoted
	// identifier's name (doubled quotes undone), or anything else as
	// written (a string constant with its quotes, one character of an
	// operator).
	Text   string
	Word   bool // an unquoted identifier or key word
	Quoted bool // a "quoted identifier"
}

// Is reports whether t is the key word kw (given in lower case).
func (t Token) Is(kw string) bool { return t.Word && t.Text == kw }

// Tokens returns the first limit tokens of sql (every one when limit is
// 0), read by the lexer Split uses: no grammar, only what is quoted or
// commented out.
func Tokens(sql string, limit int) []Token {
	l := lexer{src: sql}
	var out []Token
	for limit == 0 || len(out) < limit {
		k, from, to := l.next()
		switch {
		case k == eof || k == openComment:
			return out
		case k == comment:
		case k == word:
			out = append(out, Token{Text: strings.ToLower(sql[from:to]), Word: true})
		case sql[from] == '"':
			name := strings.TrimSuffix(sql[from+1:to], `"`)
			out = append(out, Token{Text: strings.ReplaceAll(name, `""`, `"`), Quoted: true})
		default:
			out = append(out, Token{Text: sql[from:to]})
		}
	}
	return out
}
