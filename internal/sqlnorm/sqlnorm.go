// Package sqlnorm decides whether two pieces of SQL that PostgreSQL printed
// mean the same, where PostgreSQL's own printing is not a fixed point:
// printing a definition, running the printed text and printing again can
// give a different text for the same object. Two such cases are known and
// handled:
//
//   - a varchar column compared with a list, "e IN ('a', 'b')", prints as
//     "(ARRAY['a'::character varying, ...])::text[]" the first time and as
//     "ARRAY[('a'::character varying)::text, ...]" once re-run;
//   - an unnamed output column in a later branch of a UNION (say "NULL"
//     coerced to integer) prints without a name, and once re-run gets one
//     ("NULL::integer AS int4"); a later branch's names mean nothing.
//
// Texts are compared as parse trees with both rewritten to one form and
// source positions ignored. Parsing is done only for texts that differ, so
// the common case (equal text) costs a string comparison.
//
// The engine (diff) builds without cgo and so cannot parse: Trees gives
// it these comparisons through diff.Options.Equivalence. Work on a text's
// tokens (names, renames, quoting) is internal/sqlident's, in plain Go.
package sqlnorm

import (
	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Trees compares texts as parse trees (SameExpression, SameQuery): it is
// the equivalence diff.Options.Equivalence takes, so that the comparison
// engine, which cannot parse, sees past PostgreSQL's printing.
type Trees struct{}

// SameExpression is the package's SameExpression.
func (Trees) SameExpression(a, b string) bool { return SameExpression(a, b) }

// SameQuery is the package's SameQuery.
func (Trees) SameQuery(a, b string) bool { return SameQuery(a, b) }

// SameExpression reports whether two scalar expressions (a CHECK
// expression, an index predicate, a policy's USING) mean the same.
func SameExpression(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	return sameTree("SELECT "+a, "SELECT "+b)
}

// SameQuery reports whether two query texts (a view's definition) mean the
// same.
func SameQuery(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	return sameTree(a, b)
}

// Canonical returns sql (statements) rewritten into the one form the
// comparisons above use, printed again, and whether it parsed: two texts
// that mean the same by SameQuery have the same canonical text.
func Canonical(sql string) (string, bool) {
	tree, err := pg_query.Parse(sql)
	if err != nil {
		return sql, false
	}
	canonical(tree.ProtoReflect())
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return sql, false
	}
	return out, true
}

func sameTree(a, b string) bool {
	ta, err := pg_query.Parse(a)
	if err != nil {
		return false
	}
	tb, err := pg_query.Parse(b)
	if err != nil {
		return false
	}
	canonical(ta.ProtoReflect())
	canonical(tb.ProtoReflect())
	return proto.Equal(ta, tb)
}

// canonical rewrites a parse tree in place into the form both printings
// share and zeroes every source position and statement length.
func canonical(m protoreflect.Message) {
	switch n := m.Interface().(type) {
	case *pg_query.Node:
		distributeArrayCast(n)
	case *pg_query.SelectStmt:
		if n.Op != pg_query.SetOperation_SETOP_NONE && n.Op != pg_query.SetOperation_SET_OPERATION_UNDEFINED {
			dropOutputNames(n.Rarg)
		}
	}
	var positions []protoreflect.FieldDescriptor
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.Kind() == protoreflect.Int32Kind && (fd.Name() == "location" || fd.Name() == "stmt_location" || fd.Name() == "stmt_len"):
			positions = append(positions, fd)
		case fd.IsList() && fd.Kind() == protoreflect.MessageKind:
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				canonical(l.Get(i).Message())
			}
		case fd.Kind() == protoreflect.MessageKind && !fd.IsMap():
			canonical(v.Message())
		}
		return true
	})
	for _, fd := range positions {
		m.Clear(fd)
	}
}

// distributeArrayCast turns a cast of a one-dimensional array constructor,
// (ARRAY[x, y])::t[], into the array of cast elements, ARRAY[x::t, y::t].
func distributeArrayCast(n *pg_query.Node) {
	tc := n.GetTypeCast()
	if tc == nil || tc.TypeName == nil || len(tc.TypeName.ArrayBounds) != 1 {
		return
	}
	arr := tc.Arg.GetAArrayExpr()
	if arr == nil {
		return
	}
	elem := proto.Clone(tc.TypeName).(*pg_query.TypeName)
	elem.ArrayBounds = nil
	out := &pg_query.A_ArrayExpr{Elements: make([]*pg_query.Node, len(arr.Elements))}
	for i, e := range arr.Elements {
		if e.GetAArrayExpr() != nil {
			return // a nested constructor: more than one dimension
		}
		out.Elements[i] = &pg_query.Node{Node: &pg_query.Node_TypeCast{TypeCast: &pg_query.TypeCast{
			Arg: e, TypeName: proto.Clone(elem).(*pg_query.TypeName),
		}}}
	}
	n.Node = &pg_query.Node_AArrayExpr{AArrayExpr: out}
}

// dropOutputNames removes the output column names of a set operation's
// later branch: the operation's columns are named by its first branch.
func dropOutputNames(s *pg_query.SelectStmt) {
	if s == nil {
		return
	}
	if s.Op != pg_query.SetOperation_SETOP_NONE && s.Op != pg_query.SetOperation_SET_OPERATION_UNDEFINED {
		dropOutputNames(s.Larg)
		dropOutputNames(s.Rarg)
		return
	}
	for _, t := range s.TargetList {
		if rt := t.GetResTarget(); rt != nil {
			rt.Name = ""
		}
	}
}
