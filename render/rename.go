package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// rename renders ALTER ... RENAME for the object op names by its old name.
func rename(op diff.Rename) string {
	r := op.Object
	table := model.QualifiedName{Schema: r.Schema, Name: r.Name}
	switch r.Kind {
	case diff.KindColumn:
		return alterTable(table, "RENAME COLUMN "+Ident(r.Sub)+" TO "+Ident(op.To))
	case diff.KindConstraint:
		return alterTable(table, "RENAME CONSTRAINT "+Ident(r.Sub)+" TO "+Ident(op.To))
	}
	return "ALTER " + objectTarget(r) + " RENAME TO " + Ident(op.To)
}

// renameEnumValue renders ALTER TYPE ... RENAME VALUE.
func renameEnumValue(op diff.RenameEnumValue) string {
	return "ALTER TYPE " + QualifiedName(op.Enum) + " RENAME VALUE " + Literal(op.From) + " TO " + Literal(op.To)
}
