package diff

import (
	"fmt"
	"reflect"
	"sort"

	"github.com/retortdb/retort/model"
)

// byDepth returns the indexes of tables ordered by depth in the partition
// and inheritance trees (parents before their partitions and children, see
// treeDepth), or the reverse when childrenFirst is set; tables of equal
// depth keep their order.
func byDepth(tables []model.Table, byName map[model.QualifiedName]*model.Table, childrenFirst bool) []int {
	idx := make([]int, len(tables))
	depth := make([]int, len(tables))
	memo := map[model.QualifiedName]int{}
	for i := range tables {
		idx[i] = i
		depth[i] = treeDepth(byName, &tables[i], memo)
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if childrenFirst {
			return depth[idx[a]] > depth[idx[b]]
		}
		return depth[idx[a]] < depth[idx[b]]
	})
	return idx
}

// dropPartitionsWithParents marks as dropped every partition whose parent
// is dropped: DROP TABLE of a partitioned table drops its partitions. A
// partition that to keeps is created again.
func (c *comparison) dropPartitionsWithParents() {
	for changed := true; changed; {
		changed = false
		for _, ft := range c.from.Tables {
			q := ft.QualifiedName()
			if ft.PartitionOf == nil || c.droppedTables[q] || !c.droppedTables[*ft.PartitionOf] {
				continue
			}
			if tt, ok := c.toTables[q]; ok && tt.PartitionOf != nil && *tt.PartitionOf != *ft.PartitionOf {
				continue // detached before its old parent is dropped
			}
			c.droppedTables[q] = true
			if _, ok := c.toTables[q]; ok {
				c.newTables[q] = true
			}
			changed = true
		}
	}
}

// partitionOf detaches a table from its old parent and attaches it to the
// new one when its parent or bound changes; the rows are kept.
func (c *comparison) partitionOf(from, to *model.Table) {
	if reflect.DeepEqual(from.PartitionOf, to.PartitionOf) && from.PartitionBound == to.PartitionBound {
		return
	}
	q := to.QualifiedName()
	if from.PartitionOf != nil {
		// Before other drops: the indexes and keys the partition had for
		// its parent's are its own once detached, and only then can they
		// be dropped.
		c.add(phDetach, DetachPartition{Parent: *from.PartitionOf, Partition: q})
	}
	if to.PartitionOf != nil {
		c.renameNotNullsDetached(from, to)
		for _, k := range c.part.beforeAttach[q] {
			c.add(phAlterTable, AddConstraint{Table: q, Constraint: k},
				Hazard{LongLock, fmt.Sprintf("checks every row of %s while holding an ACCESS EXCLUSIVE lock", q)})
		}
		c.add(phAlterTable, AttachPartition{Parent: *to.PartitionOf, Partition: q, Bound: to.PartitionBound},
			Hazard{LongLock, fmt.Sprintf("checks every row of %s against its partition bound (and scans the default partition of %s, if any) while holding locks", q, *to.PartitionOf)})
	}
}

// partitionColumns returns the columns a new partition declares itself in
// CREATE TABLE ... PARTITION OF: those NOT NULL where its parent's column
// is not and, on PostgreSQL 18, those whose NOT NULL constraint is named
// otherwise than the parent's, which the partition would inherit.
func (c *comparison) partitionColumns(t *model.Table) []model.Column {
	parent := c.toTables[*t.PartitionOf]
	if parent == nil {
		return nil
	}
	var out []model.Column
	for _, col := range t.Columns {
		pc := parent.Column(col.Name)
		if !col.NotNull || pc == nil {
			continue
		}
		renamed := c.since(18) && col.NotNullName != "" && pc.NotNullName != "" && col.NotNullName != pc.NotNullName
		if pc.NotNull && !renamed {
			continue
		}
		decl := model.Column{Name: col.Name, NotNull: true}
		if c.since(18) {
			decl.NotNullName = col.NotNullName // spelled out: the inherited name would win
		}
		out = append(out, decl)
	}
	return out
}

// partitionNotNull changes the NOT NULL a partition that stays holds on
// its own, beyond its parent's: set or dropped. Where PostgreSQL 18 names
// the constraint differently than wanted, a partition that stays attached
// cannot rename it (it is inherited): the plan warns, unless the wanted
// name is the parent's, which a partition made by PARTITION OF takes
// (then the model asks for nothing more). A plan that detaches and
// attaches the partition anyway renames it in between
// (renameNotNullsDetached).
func (c *comparison) partitionNotNull(from, to *model.Table) {
	q := to.QualifiedName()
	parent := c.toTables[*to.PartitionOf]
	reattached := !reflect.DeepEqual(from.PartitionOf, to.PartitionOf) || from.PartitionBound != to.PartitionBound
	for i := range to.Columns {
		tc := &to.Columns[i]
		fc := from.Column(tc.Name)
		if fc == nil || parent == nil || parent.Column(tc.Name) == nil {
			continue
		}
		pc := parent.Column(tc.Name)
		switch {
		case tc.NotNull && !fc.NotNull && !c.ancestorSetsNotNull(to, tc):
			c.addNotNull(phAlterTable, q, tc)
		case !tc.NotNull && fc.NotNull && !pc.NotNull:
			c.add(phAlterTable, SetColumnNotNull{Table: q, Column: tc.Name, NotNull: false})
		case tc.NotNull && fc.NotNull && !reattached && c.since(18) &&
			fc.NotNullName != "" && tc.NotNullName != "" && fc.NotNullName != tc.NotNullName &&
			// the parent's name is what PARTITION OF gives: a model that
			// says no more than that asks for no particular name
			tc.NotNullName != pc.NotNullName:
			c.warnings = append(c.warnings, fmt.Sprintf("partition %s: the NOT NULL constraint of %s is named %s, not %s; PostgreSQL cannot rename a constraint the partition inherits (detach, rename and attach the partition to change it)",
				q, tc.Name, fc.NotNullName, tc.NotNullName))
		}
	}
}

// renameNotNullsDetached renames, between DETACH and ATTACH PARTITION (or
// before a table is attached), the NOT NULL constraints of a table whose
// names differ from those it must have once attached: while it is not a
// partition, they are its own and can be renamed.
func (c *comparison) renameNotNullsDetached(from, to *model.Table) {
	if !c.since(18) {
		return
	}
	q := to.QualifiedName()
	for _, tc := range to.Columns {
		fc := from.Column(tc.Name)
		if fc == nil || !fc.NotNull || !tc.NotNull || fc.NotNullName == "" || tc.NotNullName == "" || fc.NotNullName == tc.NotNullName {
			continue
		}
		c.add(phAlterTable, Rename{Object: ObjectRef{Kind: KindConstraint, Schema: q.Schema, Name: q.Name, Sub: fc.NotNullName}, To: tc.NotNullName})
	}
}

// ancestorSetsNotNull reports whether the plan sets NOT NULL on col in a
// partitioned table above partition t that stays: SET NOT NULL on a
// partitioned table reaches all its partitions, so t needs no step of its
// own. On PostgreSQL 18 only where t's constraint takes the parent's name,
// as the one PostgreSQL makes for it does.
func (c *comparison) ancestorSetsNotNull(t *model.Table, col *model.Column) bool {
	for depth := 0; t.PartitionOf != nil && depth < 32; depth++ {
		pq := *t.PartitionOf
		parent, fromParent := c.toTables[pq], c.fromTables[pq]
		if parent == nil || fromParent == nil || c.newTables[pq] {
			return false
		}
		pc, fpc := parent.Column(col.Name), fromParent.Column(col.Name)
		if pc == nil || fpc == nil || !pc.NotNull {
			return false
		}
		if c.since(18) && (col.NotNullNoInherit || col.NotNullNotValid || (col.NotNullName != "" && pc.NotNullName != "" && col.NotNullName != pc.NotNullName)) {
			return false
		}
		if !fpc.NotNull {
			return true
		}
		t = parent
	}
	return false
}
