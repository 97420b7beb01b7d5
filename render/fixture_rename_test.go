package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// fixtureRenameOps renames the fixture's schema, table, column, check,
// index, enum and one enum label, and each back, once they all exist.
func fixtureRenameOps(n fixtureNames) []diff.Op {
	s := n.schema
	in := func(kind diff.ObjectKind, sub string) diff.ObjectRef {
		return diff.ObjectRef{Kind: kind, Schema: s, Name: n.table, Sub: sub}
	}
	ops := renamedAndBack(
		diff.ObjectRef{Kind: diff.KindTable, Schema: s, Name: n.table},
		in(diff.KindColumn, "amount"),
		in(diff.KindConstraint, n.constraint),
		in(diff.KindIndex, n.index),
		diff.ObjectRef{Kind: diff.KindType, Schema: s, Name: n.enum},
		diff.ObjectRef{Kind: diff.KindSequence, Schema: s, Name: n.seq},
		diff.ObjectRef{Kind: diff.KindSchema, Name: s},
	)
	q := model.QualifiedName{Schema: s, Name: n.enum}
	return append(ops,
		diff.RenameEnumValue{Enum: q, From: "sad", To: "it's sad"},
		diff.RenameEnumValue{Enum: q, From: "it's sad", To: "sad"},
	)
}

// renamedAndBack renames each object to its name with " 2" appended, and
// back.
func renamedAndBack(refs ...diff.ObjectRef) []diff.Op {
	var ops []diff.Op
	for _, r := range refs {
		back := r
		name := &back.Name
		if r.Sub != "" {
			name = &back.Sub
		}
		old := *name
		*name = old + " 2"
		ops = append(ops, diff.Rename{Object: r, To: *name}, diff.Rename{Object: back, To: old})
	}
	return ops
}
