package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// createIndex renders CREATE INDEX; the index lands in the table's schema.
func createIndex(table model.QualifiedName, ix model.Index) string {
	s := "CREATE "
	if ix.Unique {
		s += "UNIQUE "
	}
	s += "INDEX " + Ident(ix.Name) + " ON " + QualifiedName(table)
	if ix.Method != "" && ix.Method != "btree" {
		s += " USING " + Ident(ix.Method)
	}
	keys := make([]string, len(ix.Keys))
	for i, k := range ix.Keys {
		keys[i] = indexKey(k)
	}
	s += " (" + strings.Join(keys, ", ") + ")"
	if len(ix.Include) > 0 {
		s += " INCLUDE (" + idents(ix.Include) + ")"
	}
	if ix.NullsNotDistinct {
		s += " NULLS NOT DISTINCT"
	}
	if len(ix.Options) > 0 {
		s += " WITH (" + options(ix.Options) + ")"
	}
	if ix.Predicate != "" {
		s += " WHERE " + ix.Predicate
	}
	return s
}

// indexKey renders one key; ordering clauses appear only where they differ
// from the defaults (ASC NULLS LAST, DESC NULLS FIRST). An expression is
// emitted as pg_get_indexdef printed it: PostgreSQL already parenthesizes
// everything but a bare function call, which is what CREATE INDEX needs.
func indexKey(k model.IndexKey) string {
	s := Ident(k.Column)
	if k.Expression != "" {
		s = k.Expression
		// pg_get_indexdef wraps an operator expression that already has
		// parentheses of its own in another pair; one is enough.
		for enclosed(s) && enclosed(s[1:len(s)-1]) {
			s = s[1 : len(s)-1]
		}
	}
	if k.Collation != nil {
		s += " COLLATE " + QualifiedName(*k.Collation)
	}
	if k.Opclass != nil {
		s += " " + QualifiedName(*k.Opclass)
	}
	if k.Descending {
		s += " DESC"
	}
	if k.NullsFirst != k.Descending {
		if k.NullsFirst {
			s += " NULLS FIRST"
		} else {
			s += " NULLS LAST"
		}
	}
	return s
}

func dropIndex(op diff.DropIndex) string {
	return "DROP INDEX " + QualifiedName(model.QualifiedName{Schema: op.Table.Schema, Name: op.Index.Name})
}
