package diff

import (
	"fmt"
	"reflect"

	"github.com/retortdb/retort/model"
)

// keysChanged marks the tables of from where a primary key, unique
// constraint or unique index is dropped (to go or to be re-created):
// foreign keys that point at such a table are dropped first and re-added
// afterwards, since PostgreSQL will not drop a key a foreign key uses. So
// are the partitioned tables (and their ancestors) a partition of which
// is dropped: the foreign key depends on each partition.
func (c *comparison) keysChanged() map[model.QualifiedName]bool {
	out := map[model.QualifiedName]bool{}
	for q, ft := range c.fromTables {
		tt := c.toTables[q]
		if tt == nil || c.droppedTables[q] {
			continue
		}
		for _, fk := range ft.Constraints {
			if fk.Kind != model.PrimaryKey && fk.Kind != model.Unique {
				continue
			}
			tk := findConstraint(tt, fk.Name)
			if tk == nil || c.constraintChanged(q, &fk, tk) {
				out[q] = true
			}
		}
		for _, fi := range ft.Indexes {
			if !fi.Unique {
				continue
			}
			if ti := findIndex(tt, fi.Name); ti == nil || c.indexChanged(q, &fi, ti) {
				out[q] = true
			}
		}
	}
	// A foreign key to a partitioned table depends on each of its
	// partitions: PostgreSQL refuses to drop one under it.
	for q, ft := range c.fromTables {
		if !c.droppedTables[q] {
			continue
		}
		for p := ft.PartitionOf; p != nil; {
			if c.toTables[*p] != nil && !c.droppedTables[*p] {
				out[*p] = true
			}
			pt := c.fromTables[*p]
			if pt == nil {
				break
			}
			p = pt.PartitionOf
		}
	}
	return out
}

func findConstraint(t *model.Table, name string) *model.Constraint {
	return find(t.Constraints, func(k *model.Constraint) bool { return k.Name == name })
}

func findIndex(t *model.Table, name string) *model.Index {
	return find(t.Indexes, func(ix *model.Index) bool { return ix.Name == name })
}

// constraintChanged reports whether a constraint present on both sides must
// be dropped and added again. A NOT VALID constraint that becomes valid is
// not a change: it is validated in place. Any other change, WITHOUT
// OVERLAPS, PERIOD and NOT ENFORCED included, is.
func (c *comparison) constraintChanged(q model.QualifiedName, from, to *model.Constraint) bool {
	a, b := *from, *to
	a.Comment, b.Comment = "", ""
	a.IndexComment, b.IndexComment = "", ""
	// A NOT ENFORCED constraint is never validated; introspection never
	// reads it as NOT VALID, and a model that says so means nothing more.
	a.NotValid = a.NotValid && !a.NotEnforced
	b.NotValid = b.NotValid && !b.NotEnforced
	if c.sameExpression(a.Expression, b.Expression) {
		a.Expression = b.Expression
	}
	if a.NotValid && !b.NotValid {
		a.NotValid = false
	}
	if !reflect.DeepEqual(a, b) || c.exprUsesRecreated(from.Expression) {
		return true
	}
	for _, col := range from.Columns {
		ref := model.ColumnRef{Table: q, Column: col}
		if c.droppedColumns[ref] || (from.Kind == model.Check && c.touchedColumns[ref]) {
			return true
		}
	}
	if from.Kind == model.ForeignKey {
		if c.droppedTables[from.References] || c.keyChanged[from.References] {
			return true
		}
		for _, col := range from.RefColumns {
			if c.droppedColumns[model.ColumnRef{Table: from.References, Column: col}] {
				return true
			}
		}
	}
	return false
}

// indexChanged reports whether an index present on both sides must be
// dropped and created again.
func (c *comparison) indexChanged(q model.QualifiedName, from, to *model.Index) bool {
	a, b := *from, *to
	a.Comment, b.Comment = "", ""
	if c.sameExpression(a.Predicate, b.Predicate) {
		a.Predicate = b.Predicate
	}
	if !reflect.DeepEqual(a, b) {
		return true
	}
	hasExpr := from.Predicate != ""
	for _, k := range from.Keys {
		hasExpr = hasExpr || k.Expression != ""
		if c.exprUsesRecreated(k.Expression) {
			return true
		}
	}
	if c.exprUsesRecreated(from.Predicate) {
		return true
	}
	for _, col := range from.Columns {
		ref := model.ColumnRef{Table: q, Column: col}
		if c.droppedColumns[ref] || (hasExpr && c.touchedColumns[ref]) {
			return true
		}
	}
	return false
}

// constraints compares the constraints of a table present on both sides.
func (c *comparison) constraints(from, to *model.Table) {
	q := to.QualifiedName()
	for i := range from.Constraints {
		fk := &from.Constraints[i]
		if tk := findConstraint(to, fk.Name); tk == nil || c.constraintChanged(q, fk, tk) {
			ph := phDropConstraint
			if fk.Kind == model.ForeignKey && !c.part.detachedForeignKeys[q][fk.Name] {
				ph = phDropForeignKey
			}
			c.add(ph, DropConstraint{Table: q, Constraint: *fk})
		}
	}
	for i := range to.Constraints {
		tk := &to.Constraints[i]
		ref := ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: tk.Name}
		fk := findConstraint(from, tk.Name)
		switch {
		case fk == nil || c.constraintChanged(q, fk, tk):
			c.addConstraint(q, *tk)
		case fk.NotValid && !fk.NotEnforced && !tk.NotValid:
			// VALIDATE scans the table but takes only a SHARE UPDATE
			// EXCLUSIVE lock: writes go on, so it is no hazard.
			c.add(phAddConstraint, ValidateConstraint{Table: q, Name: tk.Name})
			c.comment(ref, fk.Comment, tk.Comment)
			c.comment(indexOf(q, tk), fk.IndexComment, tk.IndexComment)
		default:
			c.comment(ref, fk.Comment, tk.Comment)
			c.comment(indexOf(q, tk), fk.IndexComment, tk.IndexComment)
		}
	}
}

// addConstraint adds a constraint to a table (new or existing) and sets
// its comment.
func (c *comparison) addConstraint(q model.QualifiedName, k model.Constraint) {
	comment, indexComment := k.Comment, k.IndexComment
	k.Comment, k.IndexComment = "", ""
	defer func() {
		c.comment(ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: k.Name}, "", comment)
		c.comment(indexOf(q, &k), "", indexComment)
	}()
	// A NOT ENFORCED constraint reads no rows, so the plain ADD CONSTRAINT
	// is already lock-light (and could not be validated afterwards). A
	// WITHOUT OVERLAPS key has a GiST index, which ADD CONSTRAINT ... USING
	// INDEX does not take.
	if !k.NotEnforced && !k.WithoutOverlaps && c.addConstraintOnline(q, k) {
		return
	}
	var hz []Hazard
	if !c.newTables[q] {
		switch {
		case k.NotEnforced:
			// Reads no rows.
		case k.Kind == model.ForeignKey && !k.NotValid:
			hz = append(hz, Hazard{LongLock, fmt.Sprintf("checks every row of %s against %s while blocking writes to both tables", q, k.References)})
		case k.Kind == model.Check && !k.NotValid:
			hz = append(hz, Hazard{LongLock, fmt.Sprintf("checks every row of %s while holding an ACCESS EXCLUSIVE lock", q)})
		case k.Kind == model.PrimaryKey || k.Kind == model.Unique || k.Kind == model.Exclusion:
			hz = append(hz, Hazard{LongLock, fmt.Sprintf("builds the index of %s on %s while blocking writes", k.Name, q)})
		}
	}
	ph := phAddConstraint
	if k.Kind == model.ForeignKey {
		ph = phAddForeignKey
	}
	c.add(ph, AddConstraint{Table: q, Constraint: k}, hz...)
}

// indexOf names the index that implements a primary key, unique or
// exclusion constraint: it has the constraint's name.
func indexOf(q model.QualifiedName, k *model.Constraint) ObjectRef {
	return ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: k.Name}
}

// indexes compares the indexes of a table present on both sides.
func (c *comparison) indexes(from, to *model.Table) {
	q := to.QualifiedName()
	for i := range from.Indexes {
		fi := &from.Indexes[i]
		ti := findIndex(to, fi.Name)
		if fi.Invalid && ti != nil && !ti.Invalid {
			c.warnings = append(c.warnings, fmt.Sprintf("index %s.%s of %s is invalid (a concurrent build failed, or it is being built): the plan builds it again", q.Schema, fi.Name, q))
		}
		switch {
		case ti != nil && !c.indexChanged(q, fi, ti):
		case ti != nil && c.onlineIndexSwap(q, fi):
			// Replaced in phCreateIndex, once the new one is built.
		case c.onlineTable(q):
			c.add(phDropIndex, DropIndex{Table: q, Index: *fi, Concurrently: true})
		default:
			c.add(phDropIndex, DropIndex{Table: q, Index: *fi},
				Hazard{LongLock, fmt.Sprintf("drops index %s without CONCURRENTLY: the ACCESS EXCLUSIVE lock on %s waits for running queries and blocks new ones meanwhile", fi.Name, q)})
		}
	}
	for i := range to.Indexes {
		ti := &to.Indexes[i]
		fi := findIndex(from, ti.Name)
		if fi != nil && c.indexChanged(q, fi, ti) && c.onlineIndexSwap(q, fi) {
			ix := *ti
			ix.Comment = ""
			c.add(phCreateIndex, ReplaceIndexConcurrently{Table: q, From: *fi, To: ix, TempName: tempIndexName(ti.Name)})
			c.comment(ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: ti.Name}, "", ti.Comment)
			continue
		}
		if fi == nil || c.indexChanged(q, fi, ti) {
			c.createIndex(q, *ti)
			continue
		}
		c.comment(ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: ti.Name}, fi.Comment, ti.Comment)
	}
}

// createIndex creates an index on a table (new or existing) and sets its
// comment; on a partitioned table, the partitions' indexes too where the
// target lists them (createIndexOnly).
func (c *comparison) createIndex(q model.QualifiedName, ix model.Index) {
	comment := ix.Comment
	ix.Comment = ""
	defer c.comment(ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: ix.Name}, "", comment)
	if c.createIndexOnly(q, ix) {
		return
	}
	var hz []Hazard
	online := c.onlineTable(q)
	if !c.newTables[q] && !online {
		hz = append(hz, Hazard{LongLock, fmt.Sprintf("builds index %s on %s without CONCURRENTLY, blocking writes", ix.Name, q)})
	}
	c.add(phCreateIndex, CreateIndex{Table: q, Index: ix, Concurrently: online}, hz...)
}
