package render

import (
	"strings"

	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// Ident returns name as a PostgreSQL identifier, quoted exactly when
// quote_ident would quote it (sqlident.Quote, the one quoter the engine
// uses).
func Ident(name string) string { return sqlident.Quote(name) }

// QualifiedName returns q as schema.name, each part quoted by Ident.
func QualifiedName(q model.QualifiedName) string {
	return Ident(q.Schema) + "." + Ident(q.Name)
}

// Literal returns s as a string constant: in single quotes with embedded
// quotes doubled, and in the E'...' form with doubled backslashes when s
// holds a backslash, as quote_literal does, so the result means the same
// whatever standard_conforming_strings is.
func Literal(s string) string {
	q := "'" + strings.ReplaceAll(s, "'", "''") + "'"
	if strings.Contains(s, `\`) {
		return "E" + strings.ReplaceAll(q, `\`, `\\`)
	}
	return q
}

// idents quotes each name and joins them with ", ".
func idents(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = Ident(n)
	}
	return strings.Join(q, ", ")
}

// columnName returns schema.table.column, each part quoted.
func columnName(table model.QualifiedName, column string) string {
	return QualifiedName(table) + "." + Ident(column)
}

// parenthesized returns expr wrapped in parentheses unless one pair of
// parentheses already encloses all of it. Expressions that PostgreSQL
// printed usually come with their outer parentheses; wrapping the others
// keeps CHECK, GENERATED and index expressions valid either way.
func parenthesized(expr string) string {
	if sqlident.Enclosed(expr) {
		return expr
	}
	return "(" + expr + ")"
}
