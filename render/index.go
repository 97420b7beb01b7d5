package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// createIndexOp renders a CreateIndex, ON ONLY the table when it says so.
func createIndexOp(op diff.CreateIndex) string {
	s := createIndex(op.Table, op.Index, op.Concurrently)
	if !op.Only {
		return s
	}
	head := Ident(op.Index.Name) + " ON "
	i := strings.Index(s, head) + len(head)
	return s[:i] + "ONLY " + s[i:]
}

// createIndex renders CREATE INDEX; the index lands in the table's schema.
func createIndex(table model.QualifiedName, ix model.Index, concurrently bool) string {
	s := "CREATE "
	if ix.Unique {
		s += "UNIQUE "
	}
	s += "INDEX "
	if concurrently {
		s += "CONCURRENTLY "
	}
	s += Ident(ix.Name) + " ON " + QualifiedName(table)
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
		for sqlident.Enclosed(s) && sqlident.Enclosed(s[1:len(s)-1]) {
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

func dropIndex(table model.QualifiedName, name string, concurrently bool) string {
	s := "DROP INDEX "
	if concurrently {
		s += "CONCURRENTLY "
	}
	return s + QualifiedName(model.QualifiedName{Schema: table.Schema, Name: name})
}

// replaceIndexConcurrently builds the new index under a temporary name,
// drops the old one and renames the new one, all without blocking writes
// for longer than the rename.
func replaceIndexConcurrently(op diff.ReplaceIndexConcurrently) []string {
	temp := op.To
	temp.Name = op.TempName
	return []string{
		createIndex(op.Table, temp, true),
		dropIndex(op.Table, op.From.Name, true),
		"ALTER INDEX " + QualifiedName(model.QualifiedName{Schema: op.Table.Schema, Name: op.TempName}) +
			" RENAME TO " + Ident(op.To.Name),
	}
}

// addConstraintUsingIndex builds the unique index of a primary key or
// unique constraint CONCURRENTLY and then attaches it as the constraint.
func addConstraintUsingIndex(op diff.AddConstraintUsingIndex) []string {
	c := op.Constraint
	ix := model.Index{
		Name: c.Name, Unique: true, Method: "btree",
		Include: c.Include, Options: c.IndexOptions, NullsNotDistinct: c.NullsNotDistinct,
	}
	for _, col := range c.Columns {
		ix.Keys = append(ix.Keys, model.IndexKey{Column: col})
	}
	kind := "UNIQUE"
	if c.Kind == model.PrimaryKey {
		kind = "PRIMARY KEY"
	}
	return []string{
		createIndex(op.Table, ix, true),
		alterTable(op.Table, "ADD CONSTRAINT "+Ident(c.Name)+" "+kind+" USING INDEX "+Ident(c.Name)+deferrable(c)),
	}
}
