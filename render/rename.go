package render

import (
	"fmt"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// rename renders ALTER ... RENAME for the object op names by its old name.
func rename(op diff.Rename) string {
	r := op.Object
	q := model.QualifiedName{Schema: r.Schema, Name: r.Name}
	to := " RENAME TO " + Ident(op.To)
	switch r.Kind {
	case diff.KindSchema:
		return "ALTER SCHEMA " + Ident(r.Name) + to
	case diff.KindTable:
		return "ALTER TABLE " + QualifiedName(q) + to
	case diff.KindSequence:
		return "ALTER SEQUENCE " + QualifiedName(q) + to
	case diff.KindView:
		return "ALTER VIEW " + QualifiedName(q) + to
	case diff.KindMaterializedView:
		return "ALTER MATERIALIZED VIEW " + QualifiedName(q) + to
	case diff.KindType:
		return "ALTER TYPE " + QualifiedName(q) + to
	case diff.KindDomain:
		return "ALTER DOMAIN " + QualifiedName(q) + to
	case diff.KindColumn:
		return alterTable(q, "RENAME COLUMN "+Ident(r.Sub)+" TO "+Ident(op.To))
	case diff.KindConstraint:
		return alterTable(q, "RENAME CONSTRAINT "+Ident(r.Sub)+" TO "+Ident(op.To))
	case diff.KindIndex:
		return "ALTER INDEX " + QualifiedName(model.QualifiedName{Schema: r.Schema, Name: r.Sub}) + to
	}
	panic(fmt.Sprintf("render: rename of unknown object kind %d", r.Kind))
}

// renameEnumValue renders ALTER TYPE ... RENAME VALUE.
func renameEnumValue(op diff.RenameEnumValue) string {
	return "ALTER TYPE " + QualifiedName(op.Enum) + " RENAME VALUE " + Literal(op.From) + " TO " + Literal(op.To)
}
