package sqlnorm

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
		if toks[i].name == "" || toks[i-1].text != "." || toks[i-2].name == "" {
			continue
		}
		if i >= 3 && toks[i-3].text == "." {
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
		if t.name == "" || toks[i-1].text == "::" || toks[i-1].text == "." {
			continue
		}
		if n := t.next(toks, i); n == "(" || n == "." {
			continue
		}
		out = append(out, t.name)
	}
	return out
}
