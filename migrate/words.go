package migrate

import "strings"

// A word is a token of a statement as the checks of this package read it:
// a key word or identifier (unquoted ones lower-cased, quoted ones as
// written between the quotes), or one character of punctuation. String
// constants and comments are skipped. It is no grammar: the checks look at
// a statement's first words, where PostgreSQL decides what it is.
type word struct {
	text   string
	quoted bool // a "quoted identifier"
}

// is reports whether w is the unquoted key word kw (lower case).
func (w word) is(kw string) bool { return !w.quoted && w.text == kw }

// words returns the first limit words of a statement (all with limit 0).
func words(sql string, limit int) []word {
	var out []word
	for i := 0; i < len(sql) && (limit == 0 || len(out) < limit); {
		c := sql[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case strings.HasPrefix(sql[i:], "--"):
			if nl := strings.IndexByte(sql[i:], '\n'); nl >= 0 {
				i += nl + 1
			} else {
				i = len(sql)
			}
		case strings.HasPrefix(sql[i:], "/*"):
			i = skipBlockComment(sql, i)
		case c == '\'':
			i = skipQuoted(sql, i+1, '\'')
		case c == '"':
			end := skipQuoted(sql, i+1, '"')
			text := sql[i+1 : max(i+1, end-1)]
			out = append(out, word{text: strings.ReplaceAll(text, `""`, `"`), quoted: true})
			i = end
		case c == '$' && dollarTag(sql[i:]) != "":
			tag := dollarTag(sql[i:])
			if end := strings.Index(sql[i+len(tag):], tag); end >= 0 {
				i += len(tag) + end + len(tag)
			} else {
				i = len(sql)
			}
		case isWordByte(c):
			j := i + 1
			for j < len(sql) && (isWordByte(sql[j]) || sql[j] == '$') {
				j++
			}
			out = append(out, word{text: strings.ToLower(sql[i:j])})
			i = j
		default:
			out = append(out, word{text: sql[i : i+1]})
			i++
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// skipBlockComment returns the offset after the (nested) block comment
// starting at i.
func skipBlockComment(sql string, i int) int {
	depth := 0
	for i < len(sql) {
		switch {
		case strings.HasPrefix(sql[i:], "/*"):
			depth++
			i += 2
		case strings.HasPrefix(sql[i:], "*/"):
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return i
}

// skipQuoted returns the offset after the closing quote q of a string or
// identifier whose text starts at i (a doubled quote is part of the text).
func skipQuoted(sql string, i int, q byte) int {
	for i < len(sql) {
		if sql[i] == q {
			if i+1 < len(sql) && sql[i+1] == q {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return i
}

// dollarTag returns the $tag$ that s starts with, or "".
func dollarTag(s string) string {
	for j := 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '$':
			return s[:j+1]
		case !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 || j > 1 && '0' <= c && c <= '9'):
			return ""
		}
	}
	return ""
}
