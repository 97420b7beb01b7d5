package diff

import (
	"reflect"
	"strings"

	"github.com/retortdb/retort/model"
)

// A partition's indexes attached to its parent's indexes, and its keys
// that belong to its parent's keys (AttachedTo set), are made by
// PostgreSQL: CREATE INDEX or ADD CONSTRAINT on the parent, CREATE TABLE
// ... PARTITION OF and ATTACH PARTITION make them (or attach a matching
// index the partition has), with names PostgreSQL chooses, and they go
// with the parent's. The plan never creates or drops them itself: it
// takes them out of the tables it compares (splitAttached), keeps a
// partition's own index or key that PostgreSQL will attach
// (keepAttachedLocals), and gives the made ones the names the target has
// (renameAttached).

// attachedSet holds the attached indexes and keys of the partitions of one
// side of the comparison, by partition.
type attachedSet map[model.QualifiedName][]attachedObject

// An attachedObject is a partition's index or key attached to the parent
// table's index or key named Parent; one of Index and Constraint is set.
type attachedObject struct {
	Index      *model.Index
	Constraint *model.Constraint
}

// name is the index's or key's name.
func (a attachedObject) name() string {
	if a.Index != nil {
		return a.Index.Name
	}
	return a.Constraint.Name
}

// parent is the name of the parent table's index or key it belongs to.
func (a attachedObject) parent() string {
	if a.Index != nil {
		return a.Index.AttachedTo
	}
	return a.Constraint.AttachedTo
}

// partitions is what the comparison knows about attached indexes and keys.
type partitions struct {
	from, to attachedSet
	// kept are the partitions' own indexes and keys (by partition and
	// name) that PostgreSQL attaches to the parent's: not dropped.
	kept map[model.QualifiedName]map[string]attachedObject
	// built are the attached indexes (by partition and name) the plan
	// creates and attaches itself (partattach.go): no rename.
	built map[model.QualifiedName]map[string]bool
	// children are the partitions of each table in the target.
	children map[model.QualifiedName][]model.QualifiedName
	// beforeAttach are the checks a table the plan attaches as a partition
	// lacks (checksBeforeAttach).
	beforeAttach map[model.QualifiedName][]model.Constraint
	// detachedForeignKeys are the foreign keys (by partition and name) a
	// partition the plan detaches has from its parents: one that goes is
	// dropped after DETACH PARTITION, which makes it the partition's own.
	detachedForeignKeys map[model.QualifiedName]map[string]bool
}

// splitAttached takes the attached indexes and keys out of the partitions
// of both sides (on copies of the tables) into c.part. A partition the plan
// detaches holds its attached ones as its own after DETACH PARTITION, so
// on the from side they stay in the table as its own.
func (c *comparison) splitAttached() {
	c.part = &partitions{from: attachedSet{}, to: attachedSet{},
		kept: map[model.QualifiedName]map[string]attachedObject{}, built: map[model.QualifiedName]map[string]bool{},
		detachedForeignKeys: map[model.QualifiedName]map[string]bool{}}
	detached := func(t *model.Table) bool {
		tt := c.toTables[t.QualifiedName()]
		return tt != nil && (!reflect.DeepEqual(t.PartitionOf, tt.PartitionOf) || t.PartitionBound != tt.PartitionBound)
	}
	for i := range c.from.Tables {
		t := &c.from.Tables[i]
		if t.PartitionOf == nil || !detached(t) {
			continue
		}
		for _, k := range inheritedFromParents(c.from, t) {
			if k.Kind == model.ForeignKey {
				if c.part.detachedForeignKeys[t.QualifiedName()] == nil {
					c.part.detachedForeignKeys[t.QualifiedName()] = map[string]bool{}
				}
				c.part.detachedForeignKeys[t.QualifiedName()][k.Name] = true
			}
		}
	}
	c.from, c.fromTables = splitSide(c.from, c.part.from, detached)
	c.to, c.toTables = splitSide(c.to, c.part.to, func(*model.Table) bool { return false })
	c.checksBeforeAttach()
}

// checksBeforeAttach prepares the tables the plan attaches as partitions:
// ATTACH PARTITION needs the table to have every check of its new parent
// (and takes a matching foreign key as the parent's). Those the table has
// already are kept: they are added to the target's table as its own (once
// attached, PostgreSQL counts them as the parent's). The checks it lacks
// are added just before ATTACH PARTITION (c.part.beforeAttach).
func (c *comparison) checksBeforeAttach() {
	c.part.beforeAttach = map[model.QualifiedName][]model.Constraint{}
	for i := range c.to.Tables {
		tt := &c.to.Tables[i]
		q := tt.QualifiedName()
		ft := c.fromTables[q]
		if tt.PartitionOf == nil || ft == nil || (reflect.DeepEqual(ft.PartitionOf, tt.PartitionOf) && ft.PartitionBound == tt.PartitionBound) {
			continue
		}
		for _, k := range inheritedFromParents(c.to, tt) {
			switch {
			case findConstraint(ft, k.Name) != nil:
				tt.Constraints = append(append([]model.Constraint(nil), tt.Constraints...), k)
			case k.Kind == model.Check:
				c.part.beforeAttach[q] = append(c.part.beforeAttach[q], k)
			}
		}
	}
}

// splitSide returns a copy of s whose partitions hold no attached indexes
// and keys (those of a table that is detached are turned into its own,
// and so are the checks and foreign keys it has from its parents), the
// map of its tables, and fills set.
func splitSide(s *model.Schema, set attachedSet, detached func(*model.Table) bool) (*model.Schema, map[model.QualifiedName]*model.Table) {
	out := *s
	out.Tables = make([]model.Table, len(s.Tables))
	copy(out.Tables, s.Tables)
	byName := map[model.QualifiedName]*model.Table{}
	for i := range out.Tables {
		byName[out.Tables[i].QualifiedName()] = &out.Tables[i]
	}
	for i := range out.Tables {
		t := &out.Tables[i]
		if t.PartitionOf == nil {
			continue
		}
		own := detached(t)
		q := t.QualifiedName()
		if own {
			t.Constraints = append(append([]model.Constraint(nil), t.Constraints...), inheritedFromParents(s, t)...)
		}
		var ixs []model.Index
		for _, ix := range t.Indexes {
			if ix.AttachedTo != "" && own {
				ix.AttachedTo = ""
			}
			if ix.AttachedTo == "" {
				ixs = append(ixs, ix)
				continue
			}
			ix := ix
			set[q] = append(set[q], attachedObject{Index: &ix})
		}
		var ks []model.Constraint
		for _, k := range t.Constraints {
			if k.AttachedTo != "" && own {
				k.AttachedTo = ""
			}
			if k.AttachedTo == "" {
				ks = append(ks, k)
				continue
			}
			k := k
			set[q] = append(set[q], attachedObject{Constraint: &k})
		}
		t.Indexes, t.Constraints = ixs, ks
	}
	return &out, byName
}

// inheritedFromParents returns the checks and foreign keys partition t
// has from its parents up the tree (on side s), which DETACH PARTITION
// leaves it as its own, but those it has of the same name itself.
func inheritedFromParents(s *model.Schema, t *model.Table) []model.Constraint {
	byName := map[model.QualifiedName]*model.Table{}
	for i := range s.Tables {
		byName[s.Tables[i].QualifiedName()] = &s.Tables[i]
	}
	seen := map[string]bool{}
	for _, k := range t.Constraints {
		seen[k.Name] = true
	}
	var out []model.Constraint
	for p, depth := t.PartitionOf, 0; p != nil && depth < 32; depth++ {
		parent := byName[*p]
		if parent == nil {
			break
		}
		for _, k := range parent.Constraints {
			if (k.Kind == model.Check && !k.NoInherit || k.Kind == model.ForeignKey) && !seen[k.Name] {
				seen[k.Name] = true
				k.Comment = "" // the parent's: the copy has none
				out = append(out, k)
			}
		}
		p = parent.PartitionOf
	}
	return out
}

// keepAttachedLocals keeps a partition's own index or key that the target
// has attached under the same name with the same definition, where the
// plan makes PostgreSQL attach it (the parent's is created, or the
// partition attached): it is taken out of the from side's table, so it is
// not dropped.
func (c *comparison) keepAttachedLocals() {
	for q, list := range c.part.to {
		ft := c.fromTables[q]
		tt := c.toTables[q]
		if ft == nil || c.droppedTables[q] || tt == nil {
			continue
		}
		for _, a := range list {
			if !c.attachedMade(tt, a) {
				continue
			}
			if a.Index != nil {
				want := *a.Index
				want.AttachedTo = ""
				if fi := findIndex(ft, want.Name); fi != nil && !c.indexChanged(q, fi, &want) {
					c.keep(q, attachedObject{Index: fi})
					ft.Indexes = remove(ft.Indexes, func(ix *model.Index) bool { return ix.Name == want.Name })
				}
				continue
			}
			want := *a.Constraint
			want.AttachedTo = ""
			if fk := findConstraint(ft, want.Name); fk != nil && !c.constraintChanged(q, fk, &want) {
				c.keep(q, attachedObject{Constraint: fk})
				ft.Constraints = remove(ft.Constraints, func(k *model.Constraint) bool { return k.Name == want.Name })
			}
		}
	}
}

// keep records a partition's own index or key that stays, attached.
func (c *comparison) keep(q model.QualifiedName, a attachedObject) {
	if a.Index != nil {
		ix := *a.Index
		a.Index = &ix
	} else {
		k := *a.Constraint
		a.Constraint = &k
	}
	if c.part.kept[q] == nil {
		c.part.kept[q] = map[string]attachedObject{}
	}
	c.part.kept[q][a.name()] = a
}

// remove returns list without the elements that match, in a new slice.
func remove[T any](list []T, match func(*T) bool) []T {
	var out []T
	for i := range list {
		if !match(&list[i]) {
			out = append(out, list[i])
		}
	}
	return out
}

// attachedMade reports whether the plan makes PostgreSQL make (or attach)
// the attached index or key a of partition t: t is new or (re)attached, or
// the parent's index or key is created, re-created or itself made so.
func (c *comparison) attachedMade(t *model.Table, a attachedObject) bool {
	return c.attachedMadeDepth(t, a, 0)
}

// attachedMadeDepth is attachedMade with the depth walked up the tree so
// far, which bounds a malformed model's cycle.
func (c *comparison) attachedMadeDepth(t *model.Table, a attachedObject, depth int) bool {
	q := t.QualifiedName()
	ft := c.fromTables[q]
	if c.newTables[q] || ft == nil || !reflect.DeepEqual(ft.PartitionOf, t.PartitionOf) || ft.PartitionBound != t.PartitionBound {
		return true
	}
	pq := *t.PartitionOf
	parent, fromParent := c.toTables[pq], c.fromTables[pq]
	if parent == nil || fromParent == nil || c.newTables[pq] || depth > 32 {
		return true
	}
	// The parent's object is itself attached higher up.
	for _, pa := range c.part.to[pq] {
		if pa.name() == a.parent() && (pa.Index != nil) == (a.Index != nil) {
			return c.attachedMadeDepth(parent, pa, depth+1)
		}
	}
	if a.Index != nil {
		ti, fi := findIndex(parent, a.parent()), findIndex(fromParent, a.parent())
		return ti == nil || fi == nil || c.indexChanged(pq, fi, ti)
	}
	tk, fk := findConstraint(parent, a.parent()), findConstraint(fromParent, a.parent())
	return tk == nil || fk == nil || c.constraintChanged(pq, fk, tk)
}

// renameAttached gives the attached indexes and keys of the target their
// names: an attached one that stays is renamed in place when its name
// changes; one the plan makes PostgreSQL make is renamed from the name
// PostgreSQL gives it (defaultAttachedName), or, where that name cannot be
// told in advance, by a RenameAttachedIndex step that looks it up.
// Partitions go parents first: a step finds the index by its parent's
// name, which an earlier step may have set.
func (c *comparison) renameAttached() {
	for _, i := range byDepth(c.to.Tables, c.toTables, false) {
		t := &c.to.Tables[i]
		q := t.QualifiedName()
		for _, a := range c.part.to[q] {
			c.attachedComments(q, c.renameAttachedOne(t, a), a)
		}
	}
}

// renameAttachedOne names the attached index or key a of partition t as
// the target does (see renameAttached) and returns what stood for it
// before the plan: the same object kept, or nothing when it is made anew.
func (c *comparison) renameAttachedOne(t *model.Table, a attachedObject) *attachedObject {
	q := t.QualifiedName()
	if !c.attachedMade(t, a) {
		for _, fa := range c.part.from[q] {
			if fa.parent() != a.parent() || (fa.Index != nil) != (a.Index != nil) {
				continue
			}
			if fa.name() != a.name() {
				c.add(phAddForeignKey, Rename{Object: ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: fa.name()}, To: a.name()})
			}
			return &fa
		}
		return nil
	}
	if kept, ok := c.part.kept[q][a.name()]; ok {
		return &kept // PostgreSQL attaches the partition's own
	}
	if c.part.built[q][a.name()] {
		return nil // created under its name (partattach.go)
	}
	switch made := c.defaultAttachedName(t, a); {
	case made == a.name():
	case made != "":
		c.add(phAddForeignKey, Rename{Object: ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: made}, To: a.name()})
	default:
		c.add(phAddForeignKey, RenameAttachedIndex{Partition: q, Parent: *t.PartitionOf, ParentIndex: a.parent(), To: a.name()})
	}
	return nil
}

// attachedComments sets the comments of an attached index or key (and of
// a key's index) of partition q; was is what stood for it before the plan,
// nil for one made anew.
func (c *comparison) attachedComments(q model.QualifiedName, was *attachedObject, a attachedObject) {
	if a.Index != nil {
		from := ""
		if was != nil && was.Index != nil {
			from = was.Index.Comment
		}
		c.comment(ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: a.Index.Name}, from, a.Index.Comment)
		return
	}
	from, fromIndex := "", ""
	if was != nil && was.Constraint != nil {
		from, fromIndex = was.Constraint.Comment, was.Constraint.IndexComment
	}
	c.comment(ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: a.Constraint.Name}, from, a.Constraint.Comment)
	c.comment(indexOf(q, a.Constraint), fromIndex, a.Constraint.IndexComment)
}

// defaultAttachedName returns the name PostgreSQL gives the index it makes
// on partition t for a's parent (ChooseIndexName: the table's name, the
// columns, and pkey, key, excl or idx), or "" where the plan cannot be
// sure of it: expressions, a name too long (PostgreSQL shortens it), or a
// name some other relation of the schema has on either side (PostgreSQL
// appends a number).
func (c *comparison) defaultAttachedName(t *model.Table, a attachedObject) string {
	var cols []string
	suffix := "idx"
	if a.Index != nil {
		for _, k := range a.Index.Keys {
			if k.Expression != "" || k.Column == "" {
				return ""
			}
			cols = append(cols, k.Column)
		}
		cols = append(cols, a.Index.Include...)
	} else {
		switch a.Constraint.Kind {
		case model.PrimaryKey:
			suffix = "pkey"
		case model.Unique:
			suffix = "key"
			cols = append(append(cols, a.Constraint.Columns...), a.Constraint.Include...)
		default:
			return ""
		}
	}
	parts := append([]string{t.Name}, cols...)
	name := strings.Join(append(parts, suffix), "_")
	if len(name) > 63 || c.relationNameTaken(t, name) {
		return ""
	}
	return name
}

// relationNameTaken reports whether a relation of t's schema other than
// an attached index or key of t has name on either side, or t has an own
// index or key of that name in the target.
func (c *comparison) relationNameTaken(t *model.Table, name string) bool {
	q := t.QualifiedName()
	for _, s := range []*model.Schema{c.from, c.to} {
		for i := range s.Tables {
			u := &s.Tables[i]
			if u.Schema != q.Schema {
				continue
			}
			if u.Name == name {
				return true
			}
			if u.QualifiedName() == q && s == c.from {
				continue // its own are dropped or kept by name (keepAttachedLocals)
			}
			for _, ix := range u.Indexes {
				if ix.Name == name {
					return true
				}
			}
			for _, k := range u.Constraints {
				if k.Name == name && k.Kind != model.Check && k.Kind != model.ForeignKey {
					return true
				}
			}
		}
		for q2, list := range c.attachedOf(s) {
			if q2.Schema != q.Schema || q2 == q {
				continue
			}
			for _, a := range list {
				if a.name() == name {
					return true
				}
			}
		}
		for _, v := range s.Views {
			if v.Schema == q.Schema && v.Name == name {
				return true
			}
		}
		for _, sq := range s.Sequences {
			if sq.Schema == q.Schema && sq.Name == name {
				return true
			}
		}
	}
	return false
}

// attachedOf returns the attached indexes and keys of side s.
func (c *comparison) attachedOf(s *model.Schema) attachedSet {
	if s == c.from {
		return c.part.from
	}
	return c.part.to
}
