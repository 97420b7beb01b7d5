package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// createTable renders CREATE TABLE with the columns and exactly the
// constraints the table carries (the planner decides which go inline).
func createTable(t model.Table) string {
	if t.PartitionOf != nil {
		return createPartition(t)
	}
	var elems []string
	for _, c := range t.Columns {
		elems = append(elems, columnDef(c))
	}
	for _, c := range t.Constraints {
		elems = append(elems, "CONSTRAINT "+Ident(c.Name)+" "+constraintBody(c))
	}
	s := "CREATE "
	if t.Unlogged {
		s += "UNLOGGED "
	}
	// One column or constraint a line: revision files are read by people.
	s += "TABLE " + QualifiedName(t.QualifiedName()) + " ("
	if len(elems) > 0 {
		s += "\n    " + strings.Join(elems, ",\n    ") + "\n"
	}
	s += ")" + inheritsClause(t.Inherits)
	if t.PartitionKey != "" {
		s += " PARTITION BY " + t.PartitionKey
	}
	if len(t.Options) > 0 {
		s += " WITH (" + options(t.Options) + ")"
	}
	return s
}

// createPartition renders CREATE TABLE ... PARTITION OF: the columns come
// from the parent, so only what the partition says itself is listed: the
// NOT NULL of the columns it holds (t.Columns: name and NOT NULL only),
// and its own constraints.
func createPartition(t model.Table) string {
	s := "CREATE "
	if t.Unlogged {
		s += "UNLOGGED "
	}
	s += "TABLE " + QualifiedName(t.QualifiedName()) + " PARTITION OF " + QualifiedName(*t.PartitionOf)
	var elems []string
	for _, c := range t.Columns {
		elems = append(elems, Ident(c.Name)+notNullClause(c))
	}
	for _, c := range t.Constraints {
		elems = append(elems, "CONSTRAINT "+Ident(c.Name)+" "+constraintBody(c))
	}
	if len(elems) > 0 {
		s += " (\n    " + strings.Join(elems, ",\n    ") + "\n)"
	}
	s += " " + t.PartitionBound
	if t.PartitionKey != "" {
		s += " PARTITION BY " + t.PartitionKey
	}
	if len(t.Options) > 0 {
		s += " WITH (" + options(t.Options) + ")"
	}
	return s
}

func alterTable(t model.QualifiedName, action string) string {
	return "ALTER TABLE " + QualifiedName(t) + " " + action
}

func setTableOptions(op diff.SetTableOptions) []string {
	var actions []string
	if len(op.Set) > 0 {
		actions = append(actions, "SET ("+options(op.Set)+")")
	}
	if len(op.Reset) > 0 {
		names := make([]string, len(op.Reset))
		for i, n := range op.Reset {
			names[i] = optionName(n)
		}
		actions = append(actions, "RESET ("+strings.Join(names, ", ")+")")
	}
	if len(actions) == 0 {
		return nil
	}
	return []string{alterTable(op.Table, strings.Join(actions, ", "))}
}

func setTableLogged(op diff.SetTableLogged) string {
	if op.Unlogged {
		return alterTable(op.Table, "SET UNLOGGED")
	}
	return alterTable(op.Table, "SET LOGGED")
}

// options renders storage parameters given as "name=value" for a WITH or
// SET list.
func options(opts []string) string {
	out := make([]string, len(opts))
	for i, o := range opts {
		name, value, ok := strings.Cut(o, "=")
		out[i] = optionName(name)
		if ok {
			out[i] += "=" + optionValue(value)
		}
	}
	return strings.Join(out, ", ")
}

// optionName quotes each dot-separated part of a parameter name
// ("toast.autovacuum_enabled" has two).
func optionName(name string) string {
	parts := strings.Split(name, ".")
	for i, p := range parts {
		parts[i] = Ident(p)
	}
	return strings.Join(parts, ".")
}

// optionValue leaves a number or a plain lower-case word bare and quotes
// anything else with Literal. PostgreSQL parses every storage parameter
// from its text, so 'x' and x mean the same; bare values only read better.
func optionValue(v string) string {
	if isNumber(v) || isPlainWord(v) {
		return v
	}
	return Literal(v)
}

// isNumber reports whether v is an optionally negative decimal number.
func isNumber(v string) bool {
	v = strings.TrimPrefix(v, "-")
	digits, dot := 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// isPlainWord reports whether v is a lower-case word the grammar accepts as
// a parameter value: any name, or a keyword other than a column-name one
// (true, false, on, off and the like are reserved keywords and fine).
func isPlainWord(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return sqlident.Keyword(v) != sqlident.ColumnName
}
