package render

import (
	"strings"

	"github.com/retortdb/retort/model"
)

// trimStatement strips trailing white space and one terminating semicolon
// from a statement or query the catalog printed (pg_get_functiondef ends
// with a newline, pg_get_viewdef with ";"), since the plan adds its own.
// In a function definition a trailing semicolon can only be a terminator:
// a body ends in its closing dollar quote, in END (BEGIN ATOMIC) or in a
// RETURN expression.
func trimStatement(s string) string {
	s = strings.TrimRight(s, " \t\r\n")
	s = strings.TrimSuffix(s, ";")
	return strings.TrimRight(s, " \t\r\n")
}

// aggregateSignature returns schema.name(identity arguments) for an
// aggregate, which takes (*) when it has no arguments.
func aggregateSignature(schema, name, args string) string {
	if args == "" {
		args = "*"
	}
	return functionSignature(schema, name, args)
}

// functionSignature returns schema.name(identity arguments).
func functionSignature(schema, name, args string) string {
	return QualifiedName(model.QualifiedName{Schema: schema, Name: name}) + "(" + args + ")"
}

func dropFunction(f model.Function) string {
	if f.Kind == model.Aggregate {
		return "DROP AGGREGATE " + aggregateSignature(f.Schema, f.Name, f.IdentityArguments)
	}
	return "DROP " + f.Kind.Keyword() + " " + functionSignature(f.Schema, f.Name, f.IdentityArguments)
}
