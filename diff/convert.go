package diff

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/internal/sqlident"
	"github.com/retortdb/retort/model"
)

// A model may say how a column's values are converted when its type
// changes (Column.Using, an annotation): the plan writes USING with that
// expression. Without one, the plan converts with the cast PostgreSQL has
// (convert), goes through text from one enum to another, and refuses a
// conversion PostgreSQL has no cast for, naming the column and the fix,
// rather than plan a USING col::type that fails on the server.
//
// The annotation is the model's, and the model is the upgrade's target.
// In the downgrade (Compare(model, head): the annotated column on the from
// side) the conversion goes back: it uses a cast where one exists, and
// where none does the plan holds a refused step (AlterColumnType.Refused)
// that stops the script with a message, since no expression is known; the
// upgrade carries an irreversible hazard that says so.

// collectUsings returns the Using annotations of s's columns.
func collectUsings(s *model.Schema) map[model.ColumnRef]string {
	var out map[model.ColumnRef]string
	for _, t := range s.Tables {
		for _, col := range t.Columns {
			if col.Using == "" {
				continue
			}
			if out == nil {
				out = map[model.ColumnRef]string{}
			}
			out[model.ColumnRef{Table: t.QualifiedName(), Column: col.Name}] = col.Using
		}
	}
	return out
}

// columnType converts a column's type from fc to tc: the AlterColumnType
// step, with its hazards, a plan error where PostgreSQL has no cast and
// the model gives no expression, or a refused step in a downgrade.
func (c *comparison) columnType(q model.QualifiedName, fc, tc *model.Column) {
	ref := model.ColumnRef{Table: q, Column: tc.Name}
	op := AlterColumnType{Table: q, Column: tc.Name, From: fc.Type, To: tc.Type, Collation: tc.Collation}
	cv := c.columnConversion(fc.Type, tc.Type)
	back := c.columnConversion(tc.Type, fc.Type)
	col := q.String() + "." + tc.Name
	var hz []Hazard
	switch using := c.usings[ref]; {
	case using != "":
		op.Using = using
		cv = typeConversion{path: CastExplicit, rewrite: true, lossy: true}
		if back.path == CastNone {
			hz = append(hz, Hazard{Irreversible, fmt.Sprintf("the downgrade cannot convert %s back from %s to %s: PostgreSQL has no cast, and the model's expression only goes forward; the downgrade stops at a refused step (edit the revision's downgrade to convert it)", col, tc.Type, fc.Type)})
		}
	case cv.path == CastNone && c.backUsings[c.beforeRenames(ref)] != "":
		op.Refused = fmt.Sprintf("retort cannot convert %s back from %s to %s: PostgreSQL has no cast, and the model's expression (using: %s) only converts the other way; write the conversion (ALTER TABLE ... ALTER COLUMN ... TYPE %s USING <expression>) in place of this statement",
			col, fc.Type, tc.Type, c.backUsings[c.beforeRenames(ref)], tc.Type)
		c.add(phRename, op, Hazard{Irreversible, fmt.Sprintf("refused: cannot convert %s back from %s to %s without an expression", col, fc.Type, tc.Type)})
		return
	case cv.path == CastNone:
		c.refuse(ErrNoCast, "cannot convert column %s from %s to %s: PostgreSQL has no cast between them; give the expression in the model: -- retort:using <expression> on the line above the column in the SQL model, or using: <expression> on the column in YAML (e.g. using: %s::text::%s if the text forms match)",
			col, fc.Type, tc.Type, sqlident.Quote(tc.Name), tc.Type)
		return
	case cv.path == CastUnchecked:
		c.warnings = append(c.warnings, fmt.Sprintf("retort does not know whether PostgreSQL can cast %s to %s; column %s is converted with USING %s::%s, and if that fails, give the expression in the model (-- retort:using <expression>, or using: in YAML)",
			fc.Type, tc.Type, col, sqlident.Quote(tc.Name), tc.Type))
	}
	op.Cast = cv.path
	if cv.rewrite {
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to convert %s from %s to %s", q, tc.Name, fc.Type, tc.Type)})
	}
	switch {
	case cv.lossy:
		hz = append(hz, Hazard{DataLoss, fmt.Sprintf("converting %s from %s to %s may lose precision or fail on values that do not fit", col, fc.Type, tc.Type)})
	case back.path == CastNone:
		hz = append(hz, Hazard{Irreversible, fmt.Sprintf("the downgrade cannot convert %s back from %s to %s: PostgreSQL has no cast", col, tc.Type, fc.Type)})
	case back.lossy:
		hz = append(hz, Hazard{Irreversible, fmt.Sprintf("the downgrade converts %s back from %s to %s, which fails on (or loses precision of) values written after the upgrade that do not fit", col, tc.Type, fc.Type)})
	}
	if ixs := c.indexesOn(q, tc.Name); cv.rewrite && len(ixs) > 0 {
		hz = append(hz, Hazard{LongLock, fmt.Sprintf("rebuilds %s of %s while holding an ACCESS EXCLUSIVE lock", strings.Join(ixs, ", "), q)})
	}
	c.add(phAlterTable, op, hz...)
}

// beforeRenames returns the name a column of the plan's renamed from side
// had before the plan's renames (phRename): the name its annotations are
// keyed by.
func (c *comparison) beforeRenames(ref model.ColumnRef) model.ColumnRef {
	steps := c.steps[phRename]
	for i := len(steps) - 1; i >= 0; i-- {
		r, ok := steps[i].Op.(Rename)
		if !ok {
			continue
		}
		o := r.Object
		switch {
		case o.Kind == KindColumn && o.Schema == ref.Table.Schema && o.Name == ref.Table.Name && r.To == ref.Column:
			ref.Column = o.Sub
		case o.Kind == KindTable && o.Schema == ref.Table.Schema && r.To == ref.Table.Name:
			ref.Table.Name = o.Name
		case o.Kind == KindSchema && r.To == ref.Table.Schema:
			ref.Table.Schema = o.Name
		}
	}
	return ref
}

// columnConversion describes converting a column's values from one type
// (of from) to another (of to) on the plan's server: enums and domains of
// either side are known for what they are.
func (c *comparison) columnConversion(from, to string) typeConversion {
	f, t := c.castType(from), c.castType(to)
	cv := convert(f, t, c.major)
	if d := c.domain(parseType(to).base); d != nil && (d.NotNull || len(d.Checks) > 0) && cv.path != CastNone {
		// The domain's constraints are checked on every value.
		cv.lossy = true
	}
	return cv
}

// castType resolves a type for the cast rules: a domain stands for its
// base type (through domains over domains), an enum is marked as one.
func (c *comparison) castType(typ string) castType {
	t := castType{typeName: parseType(typ)}
	for range 8 {
		if c.enum(t.base) {
			t.enum = true
			return t
		}
		d := c.domain(t.base)
		if d == nil {
			return t
		}
		inner := parseType(d.Type)
		t.base, t.mods, t.array = inner.base, inner.mods, t.array || inner.array
	}
	return t
}

// enum reports whether name (as format_type prints it) is an enum of
// either side.
func (c *comparison) enum(name string) bool {
	for _, s := range []*model.Schema{c.to, c.from} {
		for _, e := range s.Enums {
			if typeText(e.QualifiedName()) == name {
				return true
			}
		}
	}
	return false
}

// domain returns the domain name (as format_type prints it) names, the to
// side's first, or nil.
func (c *comparison) domain(name string) *model.Domain {
	for _, s := range []*model.Schema{c.to, c.from} {
		for i := range s.Domains {
			if typeText(s.Domains[i].QualifiedName()) == name {
				return &s.Domains[i]
			}
		}
	}
	return nil
}

// typeText is a user-defined type's name as format_type prints it with
// an empty search_path: schema-qualified, each part quoted as needed.
func typeText(q model.QualifiedName) string {
	return sqlident.Quote(q.Schema) + "." + sqlident.Quote(q.Name)
}
