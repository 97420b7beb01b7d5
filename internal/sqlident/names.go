package sqlident

import "github.com/retortdb/retort/internal/sqlsplit"

// A token is one token of a scanned text, and for a name (an identifier,
// or a key word that may be one) its value: quotes removed, case folded.
type token struct {
	sqlsplit.Token
	name string
}

// next returns the text of the token after toks[i], or "".
func next(toks []token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].Text
	}
	return ""
}

// scan returns the tokens of text; ok is false when text ends inside a
// quote or a comment.
//
// A key word other than an unreserved one names nothing: quote_ident and
// PostgreSQL's printing quote such a name, so written bare it is the key
// word (AND, NULL, CURRENT_DATE, a type such as integer).
func scan(text string) ([]token, bool) {
	st, ok := sqlsplit.Scan(text)
	if !ok {
		return nil, false
	}
	toks := make([]token, len(st))
	for i, t := range st {
		toks[i].Token = t
		switch cat := keywords[t.Text]; {
		case t.Quoted, t.Word && (cat == 0 || cat == Unreserved):
			toks[i].name = t.Text
		}
	}
	return toks, true
}

// QualifiedNames returns the qualified names (schema, name) a text
// PostgreSQL printed mentions: a type in a cast, a function called, a
// relation read. Printed with an empty search path, every name outside
// pg_catalog is qualified, so these are the objects the text depends on;
// a column qualified with its table ("t.col") is returned too, which a
// caller looking for types and functions may ignore. A text that does not
// scan mentions nothing.
func QualifiedNames(text string) [][2]string {
	toks, ok := scan(text)
	if !ok {
		return nil
	}
	var out [][2]string
	for i := 2; i < len(toks); i++ {
		if toks[i].name == "" || toks[i-1].Text != "." || toks[i-2].name == "" {
			continue
		}
		if i >= 3 && toks[i-3].Text == "." {
			continue // the column of a qualified relation
		}
		out = append(out, [2]string{toks[i-2].name, toks[i].name})
	}
	return out
}

// ColumnNames returns the names in an expression PostgreSQL printed that
// may be columns: names not called as functions, not qualifying another
// name, not a type after "::", and not the first token (the strategy of a
// partition key, "RANGE (a, lower(b))"). A text that does not scan names
// none.
func ColumnNames(text string) []string {
	toks, ok := scan(text)
	if !ok {
		return nil
	}
	var out []string
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.name == "" || toks[i-1].Text == "::" || toks[i-1].Text == "." {
			continue
		}
		if n := next(toks, i); n == "(" || n == "." {
			continue
		}
		out = append(out, t.name)
	}
	return out
}
