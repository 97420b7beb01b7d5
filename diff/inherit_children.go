package diff

import (
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/retortdb/retort/model"
)

// childColumns compares the columns of a table that has parents on either
// side; from is nil for a table the plan creates (CREATE TABLE has made
// the columns it declares).
func (c *comparison) childColumns(from, to *model.Table) {
	c.inheritedConversions()
	q := to.QualifiedName()
	fresh := from == nil
	fromParents := []model.QualifiedName(nil)
	if !fresh {
		fromParents = from.Inherits
		c.links(from, to)
		for _, name := range c.fromPhysical(from) {
			ref := model.ColumnRef{Table: q, Column: name}
			if !c.droppedColumns[ref] {
				continue
			}
			if via, ok := c.inheritance().goneVia[ref]; ok {
				c.hazardOnDrop(via, name, q)
				continue
			}
			fc, _ := effectiveColumn(c.fromTables, from, name)
			c.add(phDropColumn, DropColumn{Table: q, Column: fc},
				Hazard{DataLoss, fmt.Sprintf("drops column %s.%s and its values", q, name)})
		}
	}
	for _, name := range c.toPhysical(to) {
		ref := model.ColumnRef{Table: q, Column: name}
		want, _ := effectiveColumn(c.toTables, to, name)
		decl := to.Column(name)
		fromParent := providesColumn(c.toTables, to.Inherits, name, c.inheritance().toPhys) ||
			providesColumn(c.fromTables, fromParents, name, c.inheritance().fromPhys)
		if !fromParent {
			// a column only this table has: as for any table
			switch fc := declaredColumn(from, name); {
			case fresh:
				c.columnExtras(q, nil, decl)
			case fc == nil || c.droppedColumns[ref]:
				c.addColumn(q, decl)
			default:
				c.alterColumn(q, fc, decl)
			}
			continue
		}
		pre, present, local := c.before(from, to, name)
		if !present {
			if decl == nil {
				c.warnings = append(c.warnings, fmt.Sprintf(
					"table %s needs column %s before it can inherit it from a new parent; the plan adds it, and %s keeps it as its own column", q, name, q))
				decl = &want
			}
			c.addChildColumn(q, decl)
			continue
		}
		switch {
		case decl != nil && !local:
			c.warnings = append(c.warnings, fmt.Sprintf(
				"column %s of %s is inherited; PostgreSQL cannot make the child declare it too without re-creating the table, so it stays inherited only", name, q))
		case decl == nil && local && !fresh:
			c.warnings = append(c.warnings, fmt.Sprintf(
				"column %s of %s stays declared on the child as well as inherited; PostgreSQL cannot make it inherited only without re-creating the table", name, q))
		}
		c.settleColumn(q, pre, want, fresh || c.parentsTouched(q, name))
		if decl == nil {
			c.comment(ObjectRef{Kind: KindColumn, Schema: q.Schema, Name: q.Name, Sub: name}, pre.Comment, want.Comment)
		}
	}
}

// inheritedConversions takes out of the enum and domain re-creations the
// columns of children that a parent's conversion reaches: PostgreSQL
// converts them with the parent's ALTER COLUMN ... TYPE and refuses to
// convert an inherited column on its own.
func (c *comparison) inheritedConversions() {
	inh := c.inheritance()
	if inh.conversionsFixed {
		return
	}
	inh.conversionsFixed = true
	c.keepConverted(func(ec EnumColumn) bool { return !c.convertedByParent(ec) })
}

// convertedByParent reports whether a parent that keeps its link to the
// column's table holds the column too, so that its conversion reaches it.
func (c *comparison) convertedByParent(ec EnumColumn) bool {
	ft := c.fromTables[ec.Table]
	if ft == nil || !inherits(ft) {
		return false
	}
	for _, p := range c.keptLinks(ec.Table) {
		pt := c.fromTables[p]
		if pt != nil && !c.droppedTables[p] && slices.Contains(c.fromPhysical(pt), ec.Column) &&
			!c.droppedColumns[model.ColumnRef{Table: p, Column: ec.Column}] {
			return true
		}
	}
	return false
}

// parentsTouched reports whether an ALTER step of a parent of q changes a
// setting of column name (then q's own correction must come after it).
func (c *comparison) parentsTouched(q model.QualifiedName, name string) bool {
	for _, p := range c.keptLinks(q) {
		if c.touchedFrom(p, name, len(c.toTables)+1) != 0 {
			return true
		}
	}
	return false
}

func declaredColumn(t *model.Table, name string) *model.Column {
	if t == nil {
		return nil
	}
	return t.Column(name)
}

// addChildColumn adds a column a child declares. When a parent's ADD
// COLUMN of the same name would reach the child, the child's comes first
// (in phCreateTable, after types and sequences exist), so that the
// parent's merges into it.
func (c *comparison) addChildColumn(q model.QualifiedName, col *model.Column) {
	early := false
	for _, p := range c.keptLinks(q) {
		if c.addsDuringAlter(p, col.Name, len(c.toTables)+1) {
			early = true
		}
	}
	if !early {
		c.addColumn(q, col)
		return
	}
	add := *col
	add.Comment, add.Statistics, add.Storage = "", nil, model.StorageDefault
	c.add(phCreateTable, AddColumn{Table: q, Column: add})
	c.columnExtras(q, nil, col)
}

// settleColumn sets what a child wants on a column that a parent also has,
// given its state after CREATE TABLE and its parents' steps. A default the
// child drops goes early, unless late: the table is created by the plan,
// or a parent's step sets the default in between.
func (c *comparison) settleColumn(q model.QualifiedName, pre, want model.Column, late bool) {
	if pre.Default != want.Default {
		if want.Default == "" {
			ph := phPreAlter
			if late {
				ph = phAlterTable
			}
			c.add(ph, DropColumnDefault{Table: q, Column: want.Name, From: pre.Default})
		} else {
			c.add(phAlterTable, SetColumnDefault{Table: q, Column: want.Name, Default: want.Default})
		}
	}
	if pre.NotNull != want.NotNull {
		var hz []Hazard
		if want.NotNull {
			hz = append(hz, Hazard{LongLock, fmt.Sprintf("scans table %s for NULLs in %s while holding an ACCESS EXCLUSIVE lock", q, want.Name)})
		}
		c.add(phAlterTable, SetColumnNotNull{Table: q, Column: want.Name, NotNull: want.NotNull}, hz...)
	}
	if !reflect.DeepEqual(pre.Statistics, want.Statistics) {
		c.add(phAlterTable, SetColumnStatistics{Table: q, Column: want.Name, Statistics: want.Statistics})
	}
	if pre.Storage != want.Storage {
		c.add(phAlterTable, SetColumnStorage{Table: q, Column: want.Name, Storage: want.Storage, Type: want.Type})
	}
}

// hazardOnDrop adds to the DROP COLUMN of table via that it also drops
// the column of child q.
func (c *comparison) hazardOnDrop(via model.QualifiedName, name string, q model.QualifiedName) {
	steps := c.steps[phDropColumn]
	for i := range steps {
		if d, ok := steps[i].Op.(DropColumn); ok && d.Table == via && d.Column.Name == name {
			steps[i].Hazards = append(steps[i].Hazards,
				Hazard{DataLoss, fmt.Sprintf("also drops the inherited column %s.%s and its values", q, name)})
			return
		}
	}
}

// links removes the parents a kept table loses (before anything else
// changes, so their column changes no longer reach it; it keeps their
// columns and checks as its own) and adds those it gains (once it has
// their columns and checks).
func (c *comparison) links(from, to *model.Table) {
	q := to.QualifiedName()
	for _, p := range from.Inherits {
		if !slices.Contains(to.Inherits, p) {
			c.add(phDropInherit, DropInherit{Table: q, Parent: p})
		}
	}
	for _, p := range to.Inherits {
		if !slices.Contains(from.Inherits, p) {
			c.add(phInherit, AddInherit{Table: q, Parent: p})
		}
	}
	if !slices.Equal(keepOrder(from.Inherits, to.Inherits), keepOrder(to.Inherits, from.Inherits)) {
		c.warnings = append(c.warnings, fmt.Sprintf(
			"the parents of %s change order; PostgreSQL cannot reorder them without re-creating the table, so the order stays", q))
	}
}

// keepOrder returns the names of a that b also has, in a's order.
func keepOrder(a, b []model.QualifiedName) []model.QualifiedName {
	var out []model.QualifiedName
	for _, q := range a {
		if slices.Contains(b, q) {
			out = append(out, q)
		}
	}
	return out
}

// inheritableChecks returns the check constraints t holds that pass to its
// children: its own that are not NO INHERIT, and those it inherits.
func inheritableChecks(tables map[model.QualifiedName]*model.Table, t *model.Table, budget int) map[string]model.Constraint {
	out := map[string]model.Constraint{}
	if budget <= 0 {
		return out
	}
	for _, p := range t.Inherits {
		if pt := tables[p]; pt != nil {
			for name, k := range inheritableChecks(tables, pt, budget-1) {
				if _, ok := out[name]; !ok {
					out[name] = k
				}
			}
		}
	}
	for _, k := range t.Constraints {
		if k.Kind == model.Check && !k.NoInherit {
			out[k.Name] = k
		}
	}
	return out
}

// childConstraints returns the constraint lists to compare for a kept
// child, in place of from's and to's. Before: what from declares, plus the
// checks it inherited only through links that go (NO INHERIT makes them
// its own). After: what to declares, plus the checks of a new parent that
// to does not declare (ALTER TABLE ... INHERIT needs the child to have
// them, and then the child keeps them as its own). A check the child stops
// declaring while a parent still gives it is left alone: PostgreSQL cannot
// drop an inherited constraint.
func (c *comparison) childConstraints(from, to *model.Table) (*model.Table, *model.Table) {
	q := to.QualifiedName()
	before, after := *from, *to
	before.Constraints = nil
	after.Constraints = slices.Clone(to.Constraints)
	budget := len(c.fromTables) + 1
	// checks a kept parent gives the child before and after the plan,
	// unchanged: the child inherits them throughout
	keptFrom, steady := map[string]bool{}, map[string]bool{}
	for _, p := range c.keptLinks(q) {
		fp, tp := c.fromTables[p], c.toTables[p]
		if fp == nil || tp == nil {
			continue
		}
		next := inheritableChecks(c.toTables, tp, budget)
		for name, k := range inheritableChecks(c.fromTables, fp, budget) {
			keptFrom[name] = true
			if n, ok := next[name]; ok && sameCheck(k, n) {
				steady[name] = true
			}
		}
	}
	for _, k := range from.Constraints {
		if findConstraint(to, k.Name) == nil && steady[k.Name] {
			c.warnings = append(c.warnings, fmt.Sprintf(
				"constraint %s of %s stays declared on the child as well as inherited; PostgreSQL cannot make it inherited only", k.Name, q))
			continue
		}
		before.Constraints = append(before.Constraints, k)
	}
	for _, p := range from.Inherits {
		pt := c.fromTables[p]
		if pt == nil || slices.Contains(to.Inherits, p) {
			continue
		}
		checks := inheritableChecks(c.fromTables, pt, budget)
		for _, name := range slices.Sorted(maps.Keys(checks)) {
			if findConstraint(&before, name) == nil && !keptFrom[name] {
				k := checks[name]
				k.Comment = ""
				before.Constraints = append(before.Constraints, k)
			}
		}
	}
	for _, p := range to.Inherits {
		pt := c.toTables[p]
		if pt == nil || slices.Contains(from.Inherits, p) {
			continue
		}
		checks := inheritableChecks(c.toTables, pt, budget)
		for _, name := range slices.Sorted(maps.Keys(checks)) {
			if findConstraint(&after, name) != nil {
				continue
			}
			k := checks[name]
			if fk := findConstraint(&before, name); fk != nil {
				k.Comment = fk.Comment
			} else {
				k.Comment = ""
			}
			after.Constraints = append(after.Constraints, k)
			c.warnings = append(c.warnings, fmt.Sprintf(
				"%s needs check %s before it can inherit from %s, and keeps it as its own", q, name, p))
		}
	}
	return &before, &after
}

// sameCheck reports whether two checks are the same but for comments.
func sameCheck(a, b model.Constraint) bool {
	a.Comment, b.Comment = "", ""
	return reflect.DeepEqual(a, b)
}
