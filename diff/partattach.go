package diff

import (
	"fmt"
	"reflect"

	"github.com/retortdb/retort/model"
)

// An index created on a partitioned table whose partitions all have, in
// the target, an index attached to it is built as pg_dump builds it: the
// parent's ON ONLY the parent, then each partition's index under the name
// the target gives it (ON ONLY again for a partition that is partitioned
// itself, down the tree) and ALTER INDEX ... ATTACH PARTITION. A
// partition's own index that the target attaches is attached as it is,
// and one that the target keeps as the partition's own stays so (a plain
// CREATE INDEX on the parent would attach any matching index). In online
// mode the partitions' indexes are built CONCURRENTLY, which a
// partitioned table's cannot be. A model that does not list the
// partitions' indexes gets a plain CREATE INDEX on the parent.

// createIndexOnly creates ix on partitioned table q the pg_dump way, and
// reports whether it did: false where a partition of q (at any depth)
// lists no index attached to it.
func (c *comparison) createIndexOnly(q model.QualifiedName, ix model.Index) bool {
	t := c.toTables[q]
	if t == nil || t.PartitionKey == "" || len(c.partitionsOf(q)) == 0 || !c.allAttached(q, ix.Name, 0) {
		return false
	}
	if !c.opts.Online && c.plainIndexGivesNames(q, ix, ix.Name, 0) {
		return false
	}
	c.add(phCreateIndex, CreateIndex{Table: q, Index: ix, Only: true})
	c.attachPartitionIndexes(q, ix.Name)
	return true
}

// partitionsOf returns the partitions of q in the target, in the order of
// its tables.
func (c *comparison) partitionsOf(q model.QualifiedName) []model.QualifiedName {
	if c.part.children == nil {
		c.part.children = map[model.QualifiedName][]model.QualifiedName{}
		for _, t := range c.to.Tables {
			if t.PartitionOf != nil {
				c.part.children[*t.PartitionOf] = append(c.part.children[*t.PartitionOf], t.QualifiedName())
			}
		}
	}
	return c.part.children[q]
}

// attachedIndex returns partition q's index attached, in the target, to
// its parent's index named parent; nil if it lists none.
func (c *comparison) attachedIndex(q model.QualifiedName, parent string) *model.Index {
	for _, a := range c.part.to[q] {
		if a.Index != nil && a.Index.AttachedTo == parent {
			return a.Index
		}
	}
	return nil
}

// allAttached reports whether every partition of q, down the tree, lists
// an index attached to q's index name.
func (c *comparison) allAttached(q model.QualifiedName, name string, depth int) bool {
	if depth > 32 {
		return false
	}
	for _, k := range c.partitionsOf(q) {
		ix := c.attachedIndex(k, name)
		if ix == nil {
			return false
		}
		if c.toTables[k].PartitionKey != "" && !c.allAttached(k, ix.Name, depth+1) {
			return false
		}
	}
	return true
}

// attachPartitionIndexes creates (unless the partition's own is kept) and
// attaches the index of each partition of q to q's index name.
func (c *comparison) attachPartitionIndexes(q model.QualifiedName, name string) {
	for _, k := range c.partitionsOf(q) {
		ix := *c.attachedIndex(k, name)
		if _, kept := c.part.kept[k][ix.Name]; !kept {
			ix.AttachedTo, ix.Comment = "", ""
			partitioned := c.toTables[k].PartitionKey != ""
			online := c.onlineTable(k)
			var hz []Hazard
			if !c.newTables[k] && !online && !partitioned {
				hz = append(hz, Hazard{LongLock, fmt.Sprintf("builds index %s on %s without CONCURRENTLY, blocking writes", ix.Name, k)})
			}
			c.add(phCreateIndex, CreateIndex{Table: k, Index: ix, Concurrently: online, Only: partitioned}, hz...)
			if partitioned {
				c.attachPartitionIndexes(k, ix.Name)
			}
		}
		c.add(phCreateIndex, AttachIndex{Parent: model.QualifiedName{Schema: q.Schema, Name: name}, Index: model.QualifiedName{Schema: k.Schema, Name: ix.Name}})
		if c.part.built[k] == nil {
			c.part.built[k] = map[string]bool{}
		}
		c.part.built[k][ix.Name] = true
	}
}

// plainIndexGivesNames reports whether a plain CREATE INDEX of ix on q
// gives each partition down the tree the index the target lists for q's
// index name: the partition's own of that name, which PostgreSQL attaches,
// or one PostgreSQL makes under the name it picks (defaultAttachedName);
// and no other own index of a partition that stays could be attached
// instead.
func (c *comparison) plainIndexGivesNames(q model.QualifiedName, ix model.Index, name string, depth int) bool {
	if depth > 32 {
		return false
	}
	for _, k := range c.partitionsOf(q) {
		e := c.attachedIndex(k, name)
		if _, kept := c.part.kept[k][e.Name]; !kept && c.defaultAttachedName(c.toTables[k], attachedObject{Index: e}) != e.Name {
			return false
		}
		if c.ownIndexMatches(k, ix, e.Name) {
			return false
		}
		if c.toTables[k].PartitionKey != "" && !c.plainIndexGivesNames(k, ix, e.Name, depth+1) {
			return false
		}
	}
	return true
}

// ownIndexMatches reports whether partition k has an own index other than
// except, which the plan keeps, that PostgreSQL could attach to ix.
func (c *comparison) ownIndexMatches(k model.QualifiedName, ix model.Index, except string) bool {
	ft, tt := c.fromTables[k], c.toTables[k]
	if ft == nil || tt == nil || c.newTables[k] {
		return false
	}
	for i := range ft.Indexes {
		fi := &ft.Indexes[i]
		if fi.Name == except {
			continue
		}
		if ti := findIndex(tt, fi.Name); ti != nil && !c.indexChanged(k, fi, ti) && sameIndexDefinition(*fi, ix) {
			return true
		}
	}
	return false
}

// sameIndexDefinition reports whether two indexes are built alike, names,
// comments and storage parameters aside.
func sameIndexDefinition(a, b model.Index) bool {
	a.Name, a.Comment, a.RenamedFrom, a.AttachedTo, a.Options, a.Invalid = "", "", "", "", nil, false
	b.Name, b.Comment, b.RenamedFrom, b.AttachedTo, b.Options, b.Invalid = "", "", "", "", nil, false
	return reflect.DeepEqual(a, b)
}
