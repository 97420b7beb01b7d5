package sqlsplit

import "strings"

// A Token is a token of a statement that is neither white space nor a
// comment, as checks that look at a statement's key words, and code that
// reads the names in a text, see it.
type Token struct {
	// Text is an unquoted identifier or key word in lower case, a quoted
	// identifier's name (doubled quotes undone, a U&"..." identifier's
	// escapes decoded), or anything else as written (a string constant
	// with its quotes, an operator, one character of punctuation).
	Text    string
	Word    bool // an unquoted identifier or key word
	Quoted  bool // a "quoted identifier" or U&"quoted identifier"
	Literal bool // a string constant: '...', E'...', U&'...', B'...', X'...', N'...', $$...$$
	// Start and End are the byte range of the token in the text read; a
	// U&"..." identifier's range takes in the UESCAPE clause after it.
	Start, End int
}

// Is reports whether t is the key word kw (given in lower case).
func (t Token) Is(kw string) bool { return t.Word && t.Text == kw }

// Tokens returns the first limit tokens of sql (every one when limit is
// 0), read by the lexer Split uses: no grammar, only what is quoted or
// commented out. A /* comment the text ends inside ends the tokens; a
// quote the text ends inside is a token that runs to the end.
func Tokens(sql string, limit int) []Token {
	toks, _ := scan(sql, limit)
	return toks
}

// Scan returns every token of sql, and whether sql ends outside any quote
// or comment: a text that ends inside one is not whole, and a caller that
// rewrites texts should leave it alone.
func Scan(sql string) ([]Token, bool) {
	return scan(sql, 0)
}

func scan(sql string, limit int) ([]Token, bool) {
	l := lexer{src: sql}
	var out []Token
	whole := true
	for limit == 0 || len(out) < limit {
		k, from, to := l.next()
		t := Token{Text: sql[from:to], Start: from, End: to}
		switch {
		case k == eof:
			return out, whole
		case k == openComment:
			return out, false
		case k == comment:
			continue
		case k == openQuote && sql[from] == '"':
			// As before the lexer knew unclosed quotes: the name so far.
			t.Text, t.Quoted, whole = strings.ReplaceAll(sql[from+1:], `""`, `"`), true, false
		case k == openQuote:
			whole = false
		case k == word:
			t.Text, t.Word = lowerASCII(t.Text), true
		case k == literal:
			t.Literal = true
		case k == quotedIdent && sql[from] == '"':
			t.Text, t.Quoted = strings.ReplaceAll(sql[from+1:to-1], `""`, `"`), true
		case k == quotedIdent:
			t.Quoted = true
			t.Text, t.End = unicodeIdent(&l, t.Text, to)
		}
		out = append(out, t)
	}
	return out, whole
}

// unicodeIdent returns the name of the U&"..." identifier ident, which
// ends at end, with its escapes decoded (by a UESCAPE 'c' clause's
// character when one follows, which l then moves past), and the end of
// the identifier with its clause. An escape that does not decode leaves
// the text as written, which names nothing a printed text holds.
func unicodeIdent(l *lexer, ident string, end int) (string, int) {
	body := strings.ReplaceAll(ident[3:len(ident)-1], `""`, `"`)
	esc := byte('\\')
	save := l.pos
	if k, from, to := l.skipComments(); k == word && strings.EqualFold(l.src[from:to], "uescape") {
		if k, from, to := l.skipComments(); k == literal && to-from == 3 && l.src[from] == '\'' && l.src[to-1] == '\'' {
			esc, end = l.src[from+1], to
		} else {
			l.pos = save
		}
	} else {
		l.pos = save
	}
	name, ok := decodeUnicode(body, esc)
	if !ok {
		return ident, end
	}
	return name, end
}

// skipComments returns the next token that is not a comment.
func (l *lexer) skipComments() (kind, int, int) {
	for {
		if k, from, to := l.next(); k != comment {
			return k, from, to
		}
	}
}

// decodeUnicode decodes the escapes of a U&"..." identifier's body: esc
// twice is esc, esc and four hexadecimal digits or esc, "+" and six are a
// code point.
func decodeUnicode(body string, esc byte) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != esc {
			b.WriteByte(c)
			continue
		}
		rest := body[i+1:]
		n := 4
		switch {
		case strings.HasPrefix(rest, string(esc)):
			b.WriteByte(esc)
			i++
			continue
		case strings.HasPrefix(rest, "+"):
			rest, n = rest[1:], 6
			i++
		}
		if len(rest) < n {
			return "", false
		}
		var r rune
		for _, h := range []byte(rest[:n]) {
			d := strings.IndexByte("0123456789abcdef", lowerASCII(string(h))[0])
			if d < 0 {
				return "", false
			}
			r = r<<4 | rune(d)
		}
		if r == 0 || r > 0x10ffff || r >= 0xd800 && r <= 0xdfff {
			return "", false
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), true
}

// lowerASCII folds ASCII letters to lower case, as the server folds an
// unquoted name in a multi-byte encoding; other characters stay.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
