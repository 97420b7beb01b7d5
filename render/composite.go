package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// createComposite renders CREATE TYPE ... AS (...), one attribute a line
// as CREATE TABLE does.
func createComposite(c model.CompositeType) string {
	s := "CREATE TYPE " + QualifiedName(c.QualifiedName()) + " AS ("
	if len(c.Attributes) > 0 {
		attrs := make([]string, len(c.Attributes))
		for i, a := range c.Attributes {
			attrs[i] = attributeDef(a)
		}
		s += "\n    " + strings.Join(attrs, ",\n    ") + "\n"
	}
	return s + ")"
}

// attributeDef renders name type [COLLATE collation].
func attributeDef(a model.Attribute) string {
	s := Ident(a.Name) + " " + a.Type
	if a.Collation != nil {
		s += " COLLATE " + QualifiedName(*a.Collation)
	}
	return s
}

func alterType(t model.QualifiedName, action string) string {
	return "ALTER TYPE " + QualifiedName(t) + " " + action
}

func alterAttributeType(op diff.AlterAttributeType) string {
	s := alterType(op.Type, "ALTER ATTRIBUTE "+Ident(op.Attribute)+" TYPE "+op.To)
	if op.Collation != nil {
		s += " COLLATE " + QualifiedName(*op.Collation)
	}
	return s
}
