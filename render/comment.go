package render

import (
	"fmt"

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
	var target string
	switch r.Kind {
	case diff.KindSchema:
		name := r.Name
		if name == "" {
			name = r.Schema
		}
		target = "SCHEMA " + Ident(name)
	case diff.KindExtension:
		target = "EXTENSION " + Ident(r.Name)
	case diff.KindType:
		target = "TYPE " + QualifiedName(q)
	case diff.KindSequence:
		target = "SEQUENCE " + QualifiedName(q)
	case diff.KindTable:
		target = "TABLE " + QualifiedName(q)
	case diff.KindColumn:
		target = "COLUMN " + columnName(q, r.Sub)
	case diff.KindConstraint:
		target = "CONSTRAINT " + Ident(r.Sub) + " ON " + QualifiedName(q)
	case diff.KindIndex:
		target = "INDEX " + QualifiedName(model.QualifiedName{Schema: r.Schema, Name: r.Sub})
	case diff.KindDomain:
		target = "DOMAIN " + QualifiedName(q)
	case diff.KindDomainCheck:
		target = "CONSTRAINT " + Ident(r.Sub) + " ON DOMAIN " + QualifiedName(q)
	case diff.KindFunction:
		target = "FUNCTION " + functionSignature(r.Schema, r.Name, r.Sub)
	case diff.KindProcedure:
		target = "PROCEDURE " + functionSignature(r.Schema, r.Name, r.Sub)
	case diff.KindAggregate:
		target = "AGGREGATE " + aggregateSignature(r.Schema, r.Name, r.Sub)
	case diff.KindView:
		target = "VIEW " + QualifiedName(q)
	case diff.KindMaterializedView:
		target = "MATERIALIZED VIEW " + QualifiedName(q)
	case diff.KindTrigger:
		target = "TRIGGER " + Ident(r.Sub) + " ON " + QualifiedName(q)
	case diff.KindCollation:
		target = "COLLATION " + QualifiedName(q)
	case diff.KindTextSearchDictionary:
		target = "TEXT SEARCH DICTIONARY " + QualifiedName(q)
	case diff.KindTextSearchConfig:
		target = "TEXT SEARCH CONFIGURATION " + QualifiedName(q)
	case diff.KindPolicy:
		target = "POLICY " + Ident(r.Sub) + " ON " + QualifiedName(q)
	case diff.KindRule:
		target = "RULE " + Ident(r.Sub) + " ON " + QualifiedName(q)
	default:
		panic(fmt.Sprintf("render: unknown object kind %d", r.Kind))
	}
	return target
}
