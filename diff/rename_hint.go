package diff

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/retortdb/retort/model"
)

// renameHints warns about a drop and an add that look like a rename the
// model does not declare: a column dropped and one added to the same table
// with the same type, a table dropped and one created with the same
// columns, an index or constraint dropped and one added to the same table
// with the same definition, a view or enum dropped and one created with
// the same query or labels, an enum label removed and one added in its
// place. Each warning names the annotation to write. Only pairs that match
// one to one are named.
func (c *comparison) renameHints() {
	c.tableHints()
	for _, tt := range c.to.Tables {
		ft := c.fromTables[tt.QualifiedName()]
		if ft == nil || c.droppedTables[tt.QualifiedName()] || tt.PartitionOf != nil {
			continue
		}
		c.columnHints(ft, &tt)
		c.constraintHints(ft, &tt)
		c.indexHints(ft, &tt)
	}
	c.viewHints()
	c.enumHints()
}

// hint adds the warning for a suspected rename of a kind's object from old
// to new; what names the objects, how what they share.
func (c *comparison) hint(kind, what, how, old, new string) {
	c.warnings = append(c.warnings, fmt.Sprintf(
		"%s: if it is a rename, write renamed_from: %s on the %s %s (SQL: -- retort:renamed-from %s)",
		what+" "+how, old, kind, new, old))
}

// pairs returns the pairs (a dropped object, an added one) for which same
// holds and neither has another candidate.
func pairs[T any](dropped, added []T, same func(a, b T) bool) [][2]T {
	var out [][2]T
	for _, a := range added {
		var match []T
		for _, d := range dropped {
			if same(d, a) {
				match = append(match, d)
			}
		}
		if len(match) != 1 {
			continue
		}
		n := 0
		for _, b := range added {
			if same(match[0], b) {
				n++
			}
		}
		if n == 1 {
			out = append(out, [2]T{match[0], a})
		}
	}
	return out
}

func (c *comparison) tableHints() {
	var dropped, added []*model.Table
	for i := range c.from.Tables {
		if c.toTables[c.from.Tables[i].QualifiedName()] == nil {
			dropped = append(dropped, &c.from.Tables[i])
		}
	}
	for i := range c.to.Tables {
		if c.fromTables[c.to.Tables[i].QualifiedName()] == nil {
			added = append(added, &c.to.Tables[i])
		}
	}
	for _, p := range pairs(dropped, added, func(a, b *model.Table) bool {
		return a.Schema == b.Schema && len(a.Columns) > 0 && sameColumnTypes(a.Columns, b.Columns)
	}) {
		c.hint("table", fmt.Sprintf("table %s is dropped and %s created", p[0].QualifiedName(), p[1].QualifiedName()),
			"with the same columns", p[0].Name, p[1].QualifiedName().String())
	}
}

func sameColumnTypes(a, b []model.Column) bool {
	return slices.EqualFunc(a, b, func(x, y model.Column) bool { return x.Name == y.Name && x.Type == y.Type })
}

// oneSided returns the elements of from whose key to lacks, and those of
// to whose key from lacks.
func oneSided[T any, K comparable](from, to []T, key func(T) K) (dropped, added []T) {
	inFrom, inTo := make(map[K]bool, len(from)), make(map[K]bool, len(to))
	for _, x := range from {
		inFrom[key(x)] = true
	}
	for _, x := range to {
		inTo[key(x)] = true
	}
	for _, x := range from {
		if !inTo[key(x)] {
			dropped = append(dropped, x)
		}
	}
	for _, x := range to {
		if !inFrom[key(x)] {
			added = append(added, x)
		}
	}
	return dropped, added
}

func (c *comparison) columnHints(from, to *model.Table) {
	q := to.QualifiedName()
	dropped, added := oneSided(from.Columns, to.Columns, func(col model.Column) string { return col.Name })
	for _, p := range pairs(dropped, added, func(a, b model.Column) bool { return a.Type == b.Type }) {
		c.hint("column", fmt.Sprintf("column %s.%s is dropped and %s.%s added", q, p[0].Name, q, p[1].Name),
			"with the same type", p[0].Name, q.String()+"."+p[1].Name)
	}
}

func (c *comparison) constraintHints(from, to *model.Table) {
	q := to.QualifiedName()
	dropped, added := oneSided(from.Constraints, to.Constraints, func(k model.Constraint) string { return k.Name })
	for _, p := range pairs(dropped, added, func(a, b model.Constraint) bool {
		a.Name, a.Comment, a.IndexComment = b.Name, b.Comment, b.IndexComment
		return reflect.DeepEqual(a, b)
	}) {
		c.hint("constraint", fmt.Sprintf("constraint %s of %s is dropped and %s added", p[0].Name, q, p[1].Name),
			"with the same definition", p[0].Name, p[1].Name+" of "+q.String())
	}
}

func (c *comparison) indexHints(from, to *model.Table) {
	q := to.QualifiedName()
	dropped, added := oneSided(from.Indexes, to.Indexes, func(ix model.Index) string { return ix.Name })
	for _, p := range pairs(dropped, added, func(a, b model.Index) bool {
		a.Name, a.Comment = b.Name, b.Comment
		return reflect.DeepEqual(a, b)
	}) {
		c.hint("index", fmt.Sprintf("index %s.%s is dropped and %s.%s created on %s", q.Schema, p[0].Name, q.Schema, p[1].Name, q),
			"with the same definition", p[0].Name, q.Schema+"."+p[1].Name)
	}
}

func (c *comparison) viewHints() {
	dropped, added := oneSided(c.from.Views, c.to.Views, model.View.QualifiedName)
	for _, p := range pairs(dropped, added, func(a, b model.View) bool {
		return a.Schema == b.Schema && a.Materialized == b.Materialized && a.Definition == b.Definition
	}) {
		c.hint("view", fmt.Sprintf("view %s is dropped and %s created", p[0].QualifiedName(), p[1].QualifiedName()),
			"with the same query", p[0].Name, p[1].QualifiedName().String())
	}
}

func (c *comparison) enumHints() {
	var dropped, added []model.Enum
	for _, e := range c.from.Enums {
		if findEnum(c.to.Enums, e.QualifiedName()) == nil {
			dropped = append(dropped, e)
		}
	}
	for _, e := range c.to.Enums {
		if old := findEnum(c.from.Enums, e.QualifiedName()); old == nil {
			added = append(added, e)
		} else {
			c.labelHint(*old, e)
		}
	}
	for _, p := range pairs(dropped, added, func(a, b model.Enum) bool {
		return a.Schema == b.Schema && slices.Equal(a.Labels, b.Labels)
	}) {
		c.hint("type", fmt.Sprintf("type %s is dropped and %s created", p[0].QualifiedName(), p[1].QualifiedName()),
			"with the same labels", p[0].Name, p[1].QualifiedName().String())
	}
}

// labelHint warns when exactly one label of an enum is removed and one
// added at the same place.
func (c *comparison) labelHint(from, to model.Enum) {
	if len(from.Labels) != len(to.Labels) {
		return
	}
	at := -1
	for i := range from.Labels {
		if from.Labels[i] != to.Labels[i] {
			if at >= 0 || slices.Contains(to.Labels, from.Labels[i]) || slices.Contains(from.Labels, to.Labels[i]) {
				return
			}
			at = i
		}
	}
	if at < 0 {
		return
	}
	old, new := from.Labels[at], to.Labels[at]
	if _, mapped := c.removedLabels[to.QualifiedName()][old]; mapped {
		return
	}
	c.warnings = append(c.warnings, fmt.Sprintf(
		"label %s of enum %s is removed and %s added in its place: if it is a rename, write the label as {name: %s, renamed_from: %s} (SQL: -- retort:enum-label-renamed %s from %s); if it goes, say what its rows become with removed_labels: {%s: <label>}",
		old, to.QualifiedName(), new, new, old, new, old, old))
}
