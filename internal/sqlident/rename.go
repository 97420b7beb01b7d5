package sqlident

import "strings"

// The functions below rewrite names in texts PostgreSQL printed (a type,
// an expression, a view's query, a CREATE statement), so that a schema read
// before an object was renamed can be compared with one read after: they
// print the new name where PostgreSQL would print it once the object is
// renamed. They work on the lexer's tokens, so string literals and
// comments are left alone. A text that does not scan (one that ends
// inside a quote or a comment) is returned as it is.

// RenameSchema renames the schema old to new where it qualifies a name
// ("old.t" becomes "new.t"), also inside a regclass literal
// ('old.s'::regclass).
func RenameSchema(text, old, new string) string {
	return rewrite(text, func(toks []token, i int) bool {
		return toks[i].name == old && next(toks, i) == "."
	}, new, func(lit string) string { return renameQualifiedLiteral(lit, old, "", new, "") })
}

// RenameRelation renames the table, view or type schema.old to new where
// a name is qualified with it ("schema.old"), and where a column is
// qualified with the relation's bare name ("old.col", as a view's query
// prints columns of a table it reads without an alias).
func RenameRelation(text, schema, old, new string) string {
	return rewrite(text, func(toks []token, i int) bool {
		if toks[i].name != old {
			return false
		}
		if i >= 2 && toks[i-1].Text == "." {
			return toks[i-2].name == schema && (i < 3 || toks[i-3].Text != ".")
		}
		return next(toks, i) == "."
	}, new, func(lit string) string { return renameQualifiedLiteral(lit, schema, old, schema, new) })
}

// RenameColumn renames the column old to new in a text about one table (a
// check, an index expression or predicate, a generation expression, a
// policy expression, a trigger's definition): a bare name, or one
// qualified with NEW or OLD, that is not a function called.
func RenameColumn(text, old, new string) string {
	return rewrite(text, func(toks []token, i int) bool {
		if toks[i].name != old {
			return false
		}
		if n := next(toks, i); n == "(" || n == "." {
			return false
		}
		if i >= 2 && toks[i-1].Text == "." {
			q := toks[i-2].name
			return q == "new" || q == "old"
		}
		return true
	}, new, nil)
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
			repl = Quote(new)
		case t.Literal && literal != nil && i+2 < len(toks) && toks[i+1].Text == "::" && toks[i+2].name == "regclass":
			v, ok := unquoteLiteral(t.Text)
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
		b.WriteString(text[pos:t.Start])
		b.WriteString(repl)
		pos = t.End
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
	if !ok || len(toks) != 3 || toks[1].Text != "." || toks[0].name != oldSchema || toks[2].name == "" {
		return lit
	}
	name := toks[2].name
	if oldName != "" {
		if name != oldName {
			return lit
		}
		name = newName
	}
	return Quote(newSchema) + "." + Quote(name)
}
