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

// functionKeyword is FUNCTION or PROCEDURE, as DROP and COMMENT ON name it.
func functionKeyword(k model.FunctionKind) string {
	if k == model.Procedure {
		return "PROCEDURE"
	}
	return "FUNCTION"
}

// functionSignature returns schema.name(identity arguments).
func functionSignature(schema, name, args string) string {
	return QualifiedName(model.QualifiedName{Schema: schema, Name: name}) + "(" + args + ")"
}

func dropFunction(f model.Function) string {
	return "DROP " + functionKeyword(f.Kind) + " " + functionSignature(f.Schema, f.Name, f.IdentityArguments)
}
