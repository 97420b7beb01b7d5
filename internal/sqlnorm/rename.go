package sqlnorm

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// The functions below rewrite names in texts PostgreSQL printed (a type,
// an expression, a view's query, a CREATE statement), so that a schema read
// before an object was renamed can be compared with one read after: they
// print the new name where PostgreSQL would print it once the object is
// renamed. They work on the scanner's tokens, so string literals and
// comments are left alone. A text that does not scan is returned as it is.

// RenameSchema renames the schema old to new where it qualifies a name
// ("old.t" becomes "new.t"), also inside a regclass literal
// ('old.s'::regclass).
func RenameSchema(text, old, new string) string {
	return rewrite(text, func(toks []token, i int) bool {
		return toks[i].name == old && toks[i].next(toks, i) == "."
	}, new, func(lit string) string { return renameQualifiedLiteral(lit, old, "", new, "") })
}

// RenameRelation renames the table, view or type schema.old to new where
// a name is qualified with it ("schema.old"), and where a column is
// qualified with the relation's bare name ("old.col", as a view's query
// prints columns of a table it reads without an alias).
func RenameRelation(text, schema, old, new string) string {
	return rewrite(text, func(toks []token, i int) bool {
		t := toks[i]
		if t.name != old {
			return false
		}
		if i >= 2 && toks[i-1].text == "." {
			return toks[i-2].name == schema && (i < 3 || toks[i-3].text != ".")
		}
		return t.next(toks, i) == "."
	}, new, func(lit string) string { return renameQualifiedLiteral(lit, schema, old, schema, new) })
}

// RenameColumn renames the column old to new in a text about one table (a
// check, an index expression or predicate, a generation expression, a
// policy expression, a trigger's definition): a bare name, or one
// qualified with NEW or OLD, that is not a function called.
func RenameColumn(text, old, new string) string {
	return rewrite(text, func(toks []token, i int) bool {
		t := toks[i]
		if t.name != old {
			return false
		}
		if n := t.next(toks, i); n == "(" || n == "." {
			return false
		}
		if i >= 2 && toks[i-1].text == "." {
			q := toks[i-2].name
			return q == "new" || q == "old"
		}
		return true
	}, new, nil)
}

// QuoteIdent quotes name as PostgreSQL's quote_ident does: not at all when
// it is lower case letters, digits and underscores, does not start with a
// digit and is not a keyword other than an unreserved one.
func QuoteIdent(name string) string {
	if plainIdent(name) {
		return name
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

func plainIdent(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9' && i > 0) {
			return false
		}
	}
	res, err := pg_query.Scan(name)
	if err != nil || len(res.Tokens) != 1 {
		return false
	}
	k := res.Tokens[0].KeywordKind
	return k == pg_query.KeywordKind_NO_KEYWORD || k == pg_query.KeywordKind_UNRESERVED_KEYWORD
}

// A token is one token of a scanned text: its text, and for a name (an
// identifier or a keyword) its value (quotes removed, case folded).
type token struct {
	start, end int
	text, name string
	literal    bool // a string constant
}

// next returns the text of the token after toks[i], or "".
func (token) next(toks []token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].text
	}
	return ""
}

func scan(text string) ([]token, bool) {
	res, err := pg_query.Scan(text)
	if err != nil {
		return nil, false
	}
	toks := make([]token, 0, len(res.Tokens))
	for _, st := range res.Tokens {
		t := token{start: int(st.Start), end: int(st.End)}
		if t.start < 0 || t.end > len(text) || t.start > t.end {
			return nil, false
		}
		t.text = text[t.start:t.end]
		switch {
		case st.Token == pg_query.Token_SQL_COMMENT || st.Token == pg_query.Token_C_COMMENT:
			continue
		case st.Token == pg_query.Token_IDENT && strings.HasPrefix(t.text, `"`):
			t.name = strings.ReplaceAll(t.text[1:len(t.text)-1], `""`, `"`)
		case st.Token == pg_query.Token_IDENT || st.KeywordKind != pg_query.KeywordKind_NO_KEYWORD:
			t.name = strings.ToLower(t.text)
		case st.Token == pg_query.Token_SCONST:
			t.literal = true
		}
		toks = append(toks, t)
	}
	return toks, true
}

// rewrite replaces each name token that match selects with new, quoted;
// when literal is set, a string constant followed by ::regclass is
// replaced by what literal makes of its value.
func rewrite(text string, match func(toks []token, i int) bool, new string, literal func(string) string) string {
	toks, ok := scan(text)
	if !ok {
		return text
	}
	var b strings.Builder
	pos := 0
	for i, t := range toks {
		var repl string
		switch {
		case t.name != "" && match(toks, i):
			repl = QuoteIdent(new)
		case t.literal && literal != nil && i+2 < len(toks) && toks[i+1].text == "::" && toks[i+2].name == "regclass":
			v, ok := unquoteLiteral(t.text)
			if !ok {
				continue
			}
			w := literal(v)
			if w == v {
				continue
			}
			repl = "'" + strings.ReplaceAll(w, "'", "''") + "'"
		default:
			continue
		}
		b.WriteString(text[pos:t.start])
		b.WriteString(repl)
		pos = t.end
	}
	if pos == 0 {
		return text
	}
	b.WriteString(text[pos:])
	return b.String()
}

// unquoteLiteral returns the value of a plain '...' string constant.
func unquoteLiteral(s string) (string, bool) {
	if len(s) < 2 || s[0] != '\'' || s[len(s)-1] != '\'' {
		return "", false
	}
	return strings.ReplaceAll(s[1:len(s)-1], "''", "'"), true
}

// renameQualifiedLiteral rewrites the relation name in a regclass literal
// "schema.name": schema old becomes new, and, when oldName is set, the
// name oldName becomes newName.
func renameQualifiedLiteral(lit, oldSchema, oldName, newSchema, newName string) string {
	toks, ok := scan(lit)
	if !ok || len(toks) != 3 || toks[1].text != "." || toks[0].name != oldSchema {
		return lit
	}
	name := toks[2].name
	if oldName != "" {
		if name != oldName {
			return lit
		}
		name = newName
	}
	return QuoteIdent(newSchema) + "." + QuoteIdent(name)
}
