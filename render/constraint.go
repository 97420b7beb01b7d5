package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// constraintBody renders a constraint after "CONSTRAINT name ". NOT VALID
// is left to addConstraint: CREATE TABLE checks a new table's constraints
// anyway. NOT ENFORCED comes last, where pg_get_constraintdef prints it.
func constraintBody(c model.Constraint) string {
	var s string
	switch c.Kind {
	case model.PrimaryKey:
		s = "PRIMARY KEY (" + keyColumns(c) + ")" + indexClauses(c)
	case model.Unique:
		s = "UNIQUE "
		if c.NullsNotDistinct {
			s += "NULLS NOT DISTINCT "
		}
		s += "(" + keyColumns(c) + ")" + indexClauses(c)
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
	s += deferrable(c)
	if c.NotEnforced && (c.Kind == model.ForeignKey || c.Kind == model.Check) {
		s += " NOT ENFORCED"
	}
	return s
}

// keyColumns renders a primary key's or unique constraint's columns, the
// last one WITHOUT OVERLAPS in a temporal key.
func keyColumns(c model.Constraint) string {
	s := idents(c.Columns)
	if c.WithoutOverlaps {
		s += " WITHOUT OVERLAPS"
	}
	return s
}

// periodColumns renders a foreign key's column list, referencing or
// referenced, the last one PERIOD in a temporal foreign key.
func periodColumns(cols []string, period bool) string {
	if !period || len(cols) == 0 {
		return idents(cols)
	}
	last := len(cols) - 1
	s := "PERIOD " + Ident(cols[last])
	if last == 0 {
		return s
	}
	return idents(cols[:last]) + ", " + s
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
	s := "FOREIGN KEY (" + periodColumns(c.Columns, c.Period) + ") REFERENCES " + QualifiedName(c.References)
	if len(c.RefColumns) > 0 {
		s += " (" + periodColumns(c.RefColumns, c.Period) + ")"
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
	// NOT VALID with NOT ENFORCED would be accepted, and mean nothing more.
	if c.NotValid && !c.NotEnforced && (c.Kind == model.ForeignKey || c.Kind == model.Check) {
		s += " NOT VALID"
	}
	return alterTable(op.Table, s)
}
