package diff

import (
	"fmt"
	"reflect"

	"github.com/retortdb/retort/model"
)

func (c *comparison) sequences() {
	from := byName(c.from.Sequences)
	to := map[model.QualifiedName]bool{}
	for _, s := range c.to.Sequences {
		q := s.QualifiedName()
		to[q] = true
		ref := ObjectRef{Kind: KindSequence, Schema: q.Schema, Name: q.Name}
		old, ok := from[q]
		if !ok {
			create := s
			create.OwnedBy, create.Comment = nil, ""
			c.add(phSequence, CreateSequence{Sequence: create})
			if s.OwnedBy != nil {
				c.add(phSequenceOwner, SetSequenceOwner{Sequence: q, Owner: s.OwnedBy})
				// A new sequence for a column that already holds values
				// (identity to serial) starts past them.
				if c.keptColumn(*s.OwnedBy) {
					c.add(phSequenceOwner, SyncSequence{Sequence: create, Column: *s.OwnedBy})
				}
			}
			c.comment(ref, "", s.Comment)
			continue
		}
		a, b := old, s
		a.OwnedBy, b.OwnedBy, a.Comment, b.Comment = nil, nil, "", ""
		if a != b {
			c.add(phSequence, AlterSequence{From: a, To: b})
		}
		c.sequenceOwner(q, old.OwnedBy, s.OwnedBy)
		c.comment(ref, old.Comment, s.Comment)
	}
	for _, s := range c.from.Sequences {
		if to[s.QualifiedName()] {
			continue
		}
		// A sequence owned by a column that the plan drops goes with it.
		if s.OwnedBy != nil && c.goneColumn(*s.OwnedBy) {
			continue
		}
		c.add(phDropSequence, DropSequence{Sequence: s},
			Hazard{DataLoss, fmt.Sprintf("drops sequence %s and its current value", s.QualifiedName())})
	}
}

// sequenceOwner moves OWNED BY. A sequence whose owning column is dropped
// (or re-created) would be dropped with it, so it is released first.
func (c *comparison) sequenceOwner(q model.QualifiedName, from, to *model.ColumnRef) {
	if from != nil && c.goneColumn(*from) {
		c.add(phPreAlter, SetSequenceOwner{Sequence: q, From: from})
		from = nil
	}
	if !reflect.DeepEqual(from, to) {
		c.add(phSequenceOwner, SetSequenceOwner{Sequence: q, Owner: to, From: from})
	}
}
