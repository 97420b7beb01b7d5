package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// setComment renders COMMENT ON; an empty comment removes it (IS NULL).
func setComment(op diff.SetComment) string {
	text := "NULL"
	if op.Comment != "" {
		text = Literal(op.Comment)
	}
	return "COMMENT ON " + objectTarget(op.Target) + " IS " + text
}

// objectTarget names an object as COMMENT ON and ALTER name it: its kind's
// keyword and its name (schema, extension: Name, or Schema when Name is
// empty; a column, constraint, index, trigger, policy or rule: Sub, of the
// table Name).
func objectTarget(r diff.ObjectRef) string {
	q := model.QualifiedName{Schema: r.Schema, Name: r.Name}
	var name string
	switch r.Kind {
	case diff.KindSchema:
		name = r.Name
		if name == "" {
			name = r.Schema
		}
		name = Ident(name)
	case diff.KindExtension:
		name = Ident(r.Name)
	case diff.KindColumn:
		name = columnName(q, r.Sub)
	case diff.KindConstraint, diff.KindTrigger, diff.KindPolicy, diff.KindRule:
		name = Ident(r.Sub) + " ON " + QualifiedName(q)
	case diff.KindIndex:
		name = QualifiedName(model.QualifiedName{Schema: r.Schema, Name: r.Sub})
	case diff.KindDomainCheck:
		name = Ident(r.Sub) + " ON DOMAIN " + QualifiedName(q)
	case diff.KindFunction, diff.KindProcedure:
		name = functionSignature(r.Schema, r.Name, r.Sub)
	case diff.KindAggregate:
		name = aggregateSignature(r.Schema, r.Name, r.Sub)
	default:
		name = QualifiedName(q)
	}
	return keyword(r.Kind) + " " + name
}
