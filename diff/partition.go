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
		c.add(phPreAlter, DetachPartition{Parent: *from.PartitionOf, Partition: q})
	}
	if to.PartitionOf != nil {
		c.add(phAlterTable, AttachPartition{Parent: *to.PartitionOf, Partition: q, Bound: to.PartitionBound},
			Hazard{LongLock, fmt.Sprintf("checks every row of %s against its partition bound (and scans the default partition of %s, if any) while holding locks", q, *to.PartitionOf)})
	}
}
