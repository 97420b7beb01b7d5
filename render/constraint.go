package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// constraintBody renders a constraint after "CONSTRAINT name ". NOT VALID
// is left to addConstraint: CREATE TABLE checks a new table's constraints
// anyway.
func constraintBody(c model.Constraint) string {
	var s string
	switch c.Kind {
	case model.PrimaryKey:
		s = "PRIMARY KEY (" + idents(c.Columns) + ")" + indexClauses(c)
	case model.Unique:
		s = "UNIQUE "
		if c.NullsNotDistinct {
			s += "NULLS NOT DISTINCT "
		}
		s += "(" + idents(c.Columns) + ")" + indexClauses(c)
	case model.Check:
		s = "CHECK " + parenthesized(c.Expression)
		if c.NoInherit {
			s += " NO INHERIT"
		}
	case model.ForeignKey:
		s = foreignKey(c)
	case model.Exclusion:
		// pg_get_constraintdef's text, DEFERRABLE included.
		return c.Definition
	}
	return s + deferrable(c)
}

// indexClauses renders a primary key's or unique constraint's INCLUDE and
// WITH clauses.
func indexClauses(c model.Constraint) string {
	var s string
	if len(c.Include) > 0 {
		s += " INCLUDE (" + idents(c.Include) + ")"
	}
	if len(c.IndexOptions) > 0 {
		s += " WITH (" + options(c.IndexOptions) + ")"
	}
	return s
}

func foreignKey(c model.Constraint) string {
	s := "FOREIGN KEY (" + idents(c.Columns) + ") REFERENCES " + QualifiedName(c.References)
	if len(c.RefColumns) > 0 {
		s += " (" + idents(c.RefColumns) + ")"
	}
	if c.Match != model.MatchSimple {
		s += " MATCH " + c.Match.String()
	}
	if c.OnUpdate != model.NoAction {
		s += " ON UPDATE " + c.OnUpdate.String()
	}
	if c.OnDelete != model.NoAction {
		s += " ON DELETE " + c.OnDelete.String()
		if len(c.OnDeleteColumns) > 0 && (c.OnDelete == model.SetNull || c.OnDelete == model.SetDefault) {
			s += " (" + idents(c.OnDeleteColumns) + ")"
		}
	}
	return s
}

func deferrable(c model.Constraint) string {
	switch {
	case c.InitiallyDeferred:
		return " DEFERRABLE INITIALLY DEFERRED"
	case c.Deferrable:
		return " DEFERRABLE"
	}
	return ""
}

func addConstraint(op diff.AddConstraint) string {
	c := op.Constraint
	s := "ADD CONSTRAINT " + Ident(c.Name) + " " + constraintBody(c)
	if c.NotValid && (c.Kind == model.ForeignKey || c.Kind == model.Check) {
		s += " NOT VALID"
	}
	return alterTable(op.Table, s)
}
