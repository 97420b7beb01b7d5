package diff

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/retortdb/retort/model"
)

func (c *comparison) enums() {
	from := byName(c.from.Enums)
	to := map[model.QualifiedName]bool{}
	for _, e := range c.to.Enums {
		q := e.QualifiedName()
		to[q] = true
		ref := ObjectRef{Kind: KindType, Schema: q.Schema, Name: q.Name}
		old, ok := from[q]
		switch {
		case !ok:
			c.add(phEnum, CreateEnum{Enum: model.Enum{Schema: e.Schema, Name: e.Name, Labels: e.Labels}})
			c.comment(ref, "", e.Comment)
		case slices.Equal(old.Labels, e.Labels):
			c.comment(ref, old.Comment, e.Comment)
		case isSubsequence(old.Labels, e.Labels):
			c.addEnumValues(old, e)
			c.comment(ref, old.Comment, e.Comment)
		default:
			c.recreateEnum(old, e)
			c.comment(ref, "", e.Comment)
		}
	}
	for _, e := range c.from.Enums {
		if !to[e.QualifiedName()] {
			c.add(phDropEnum, DropEnum{Enum: e}, Hazard{DataLoss, fmt.Sprintf("drops enum type %s and its labels", e.QualifiedName())})
		}
	}
}

// isSubsequence reports whether every element of a appears in b, in the
// same relative order.
func isSubsequence(a, b []string) bool {
	i := 0
	for _, s := range b {
		if i < len(a) && a[i] == s {
			i++
		}
	}
	return i == len(a)
}

// addEnumValues adds the labels of to that from lacks, each placed after
// its predecessor in to (or before from's first label when it comes first).
func (c *comparison) addEnumValues(from, to model.Enum) {
	have := map[string]bool{}
	for _, l := range from.Labels {
		have[l] = true
	}
	for i, l := range to.Labels {
		if have[l] {
			continue
		}
		op := AddEnumValue{Enum: to.QualifiedName(), Label: l}
		switch {
		case i > 0:
			op.After = to.Labels[i-1]
		case len(from.Labels) > 0:
			op.Before = from.Labels[0]
		}
		c.add(phEnum, op, Hazard{Irreversible, fmt.Sprintf("the downgrade removes label %s from %s again, which fails while rows hold it", l, to.QualifiedName())})
		have[l] = true
	}
}

// recreateEnum replaces an enum whose labels were removed or reordered,
// converting every column of from that keeps using it. What else uses it
// moves to the new type or is dropped before and created after (see
// recreate.go).
func (c *comparison) recreateEnum(from, to model.Enum) {
	q := to.QualifiedName()
	op := RecreateEnum{From: from, To: to}
	var hz []Hazard
	var unmapped []string
	for _, l := range from.Labels {
		if slices.Contains(to.Labels, l) {
			continue
		}
		switch m, ok := c.removedLabels[q][l]; {
		case !ok:
			unmapped = append(unmapped, l)
		case !slices.Contains(to.Labels, m):
			c.refuse(ErrRefused, "removed_labels of %s maps %s to %s, which is not a label of %s; map it to one of: %s",
				q, l, m, q, strings.Join(to.Labels, ", "))
		default:
			if op.Mapped == nil {
				op.Mapped = map[string]string{}
			}
			op.Mapped[l] = m
		}
	}
	if len(unmapped) > 0 {
		hz = append(hz, Hazard{DataLoss, fmt.Sprintf("removes label(s) %s of %s without a mapping (removed_labels): the upgrade stops if rows still hold them", strings.Join(unmapped, ", "), q)})
	}
	if len(op.Mapped) > 0 {
		hz = append(hz, Hazard{Irreversible, fmt.Sprintf("moves the rows holding removed label(s) %s of %s to their mapped labels; the downgrade adds the labels back but cannot tell which rows held them", strings.Join(slices.Sorted(maps.Keys(op.Mapped)), ", "), q)})
	}
	c.recreated[typeKey(q)] = true
	if len(op.Mapped) > 0 {
		c.labelMaps[q] = op.Mapped
	}
	op.Columns = c.convertedColumns(q)
	for _, ec := range op.Columns {
		hz = append(hz, Hazard{TableRewrite, fmt.Sprintf("rewrites table %s to convert %s to the new %s", ec.Table, ec.Column, q)})
	}
	op.KeepOld = c.typeUsedByTypes(q)
	c.add(phEnum, op, hz...)
	if op.KeepOld {
		c.dropRenamed(q, false, nil)
	}
}
