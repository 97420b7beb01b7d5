package diff

import (
	"fmt"
	"reflect"

	"github.com/retortdb/retort/model"
)

func viewKey(q model.QualifiedName) string {
	return refKey(model.Ref{Kind: model.RefRelation, Schema: q.Schema, Name: q.Name})
}

// views compares views and materialized views, and the triggers of tables
// and views. A view that changes, or that depends (transitively) on
// something dropped, re-created or changed in shape (a column's type), is
// dropped before and created again after: PostgreSQL refuses most changes
// under a view.
func (c *comparison) views() {
	from := map[model.QualifiedName]*model.View{}
	for i := range c.from.Views {
		from[c.from.Views[i].QualifiedName()] = &c.from.Views[i]
	}
	to := map[model.QualifiedName]*model.View{}
	for i := range c.to.Views {
		to[c.to.Views[i].QualifiedName()] = &c.to.Views[i]
	}
	// A view is re-created when it changes, or when something it depends
	// on is; iterate to a fixpoint over the from side's dependencies.
	redo := map[model.QualifiedName]bool{}
	for q, fv := range from {
		if tv, ok := to[q]; ok && c.viewChanged(fv, tv) {
			redo[q] = true
		}
	}
	for changed := true; changed; {
		changed = c.recreateBodiesOverViews(redo)
		for q, fv := range from {
			if redo[q] || to[q] == nil {
				continue
			}
			if c.viewDependsOnChange(fv, redo) {
				redo[q], changed = true, true
			}
		}
	}
	for q, fv := range from {
		if to[q] == nil || redo[q] {
			if redo[q] {
				c.recreated[viewKey(q)] = true
			}
			var hz []Hazard
			if to[q] == nil {
				hz = append(hz, Hazard{InUse, fmt.Sprintf("drops view %s: queries outside the model (applications, views in schemas out of scope) that read it fail afterwards", q)})
			}
			c.addNode(phDropView, viewKey(q), depKeys(fv.Depends), Step{Op: DropView{View: *fv}, Hazards: hz})
		}
	}
	for i := range c.to.Views {
		tv := &c.to.Views[i]
		q := tv.QualifiedName()
		fv := from[q]
		if fv == nil || redo[q] {
			c.createView(tv)
			continue
		}
		pseudoFrom := model.Table{Schema: q.Schema, Name: q.Name, Indexes: fv.Indexes}
		pseudoTo := model.Table{Schema: q.Schema, Name: q.Name, Indexes: tv.Indexes}
		c.indexes(&pseudoFrom, &pseudoTo)
		c.triggers(q, fv.Triggers, tv.Triggers, false)
		c.viewComments(fv, tv)
	}
	for i := range c.to.Tables {
		tt := &c.to.Tables[i]
		q := tt.QualifiedName()
		var old []model.Trigger
		if ft := c.fromTables[q]; ft != nil && !c.newTables[q] {
			old = ft.Triggers
		}
		c.triggers(q, old, tt.Triggers, c.newTables[q])
	}
	// Triggers of dropped tables go with them.
}

// viewChanged reports whether a view must be re-created to become the
// other: its query, columns, options or kind differ.
func (c *comparison) viewChanged(a, b *model.View) bool {
	return !c.sameQuery(a.Definition, b.Definition) || a.Materialized != b.Materialized ||
		!reflect.DeepEqual(a.Options, b.Options) || !sameColumns(a.Columns, b.Columns)
}

func sameColumns(a, b []model.ViewColumn) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || a[i].Type != b[i].Type {
			return false
		}
	}
	return true
}

// viewDependsOnChange reports whether something a view depends on is
// dropped, re-created, or changes the shape the view sees.
func (c *comparison) viewDependsOnChange(v *model.View, redo map[model.QualifiedName]bool) bool {
	for _, r := range v.Depends {
		q := model.QualifiedName{Schema: r.Schema, Name: r.Name}
		switch r.Kind {
		case model.RefRelation:
			if redo[q] || c.droppedTables[q] || c.shapeChanged[q] {
				return true
			}
			if _, isTable := c.fromTables[q]; isTable && c.toTables[q] == nil {
				return true
			}
		case model.RefType:
			if c.recreated[refKey(r)] || c.shapeChanged[q] {
				return true
			}
		case model.RefFunction:
			if c.recreated[refKey(r)] {
				return true
			}
		}
	}
	return false
}

// createView creates a view with its indexes, triggers and comments.
func (c *comparison) createView(v *model.View) {
	q := v.QualifiedName()
	create := *v
	create.Indexes, create.Triggers, create.Comment = nil, nil, ""
	create.Columns = make([]model.ViewColumn, len(v.Columns))
	for i, col := range v.Columns {
		col.Comment = ""
		create.Columns[i] = col
	}
	steps := []Step{{Op: CreateView{View: create}}}
	for _, ix := range v.Indexes {
		comment := ix.Comment
		ix.Comment = ""
		steps = append(steps, Step{Op: CreateIndex{Table: q, Index: ix}})
		c.comment(ObjectRef{Kind: KindIndex, Schema: q.Schema, Name: q.Name, Sub: ix.Name}, "", comment)
	}
	c.addNode(phView, viewKey(q), depKeys(v.Depends), steps...)
	c.triggers(q, nil, v.Triggers, true)
	c.viewComments(nil, v)
}

func (c *comparison) viewComments(from, to *model.View) {
	q := to.QualifiedName()
	kind := KindView
	if to.Materialized {
		kind = KindMaterializedView
	}
	var old model.View
	if from != nil {
		old = *from
	}
	c.comment(ObjectRef{Kind: kind, Schema: q.Schema, Name: q.Name}, old.Comment, to.Comment)
	was := map[string]string{}
	for _, col := range old.Columns {
		was[col.Name] = col.Comment
	}
	for _, col := range to.Columns {
		c.comment(ObjectRef{Kind: KindColumn, Schema: q.Schema, Name: q.Name, Sub: col.Name}, was[col.Name], col.Comment)
	}
}

// triggers compares the triggers of one table or view. fresh says the
// relation is created by the plan, so none of from's triggers exist.
func (c *comparison) triggers(q model.QualifiedName, from, to []model.Trigger, fresh bool) {
	if fresh {
		from = nil
	}
	old := map[string]model.Trigger{}
	for _, t := range from {
		old[t.Name] = t
	}
	want := map[string]bool{}
	for _, t := range to {
		want[t.Name] = true
	}
	for _, t := range from {
		if n := findTrigger(to, t.Name); n == nil || c.triggerChanged(t, *n) {
			c.add(phDropTrigger, DropTrigger{Table: q, Trigger: t})
		}
	}
	for _, t := range to {
		ref := ObjectRef{Kind: KindTrigger, Schema: q.Schema, Name: q.Name, Sub: t.Name}
		o, ok := old[t.Name]
		if !ok || c.triggerChanged(o, t) {
			create := t
			create.Comment = ""
			c.add(phTrigger, CreateTrigger{Table: q, Trigger: create})
			c.comment(ref, "", t.Comment)
			continue
		}
		if o.Enabled != t.Enabled {
			c.add(phTrigger, SetTriggerEnabled{Table: q, Name: t.Name, Enabled: t.Enabled})
		}
		c.comment(ref, o.Comment, t.Comment)
	}
}

func (c *comparison) triggerChanged(a, b model.Trigger) bool {
	return !c.sameQuery(a.Definition, b.Definition) || c.recreated[refKey(a.Function)] || c.exprUsesRecreated(a.Definition)
}

func findTrigger(ts []model.Trigger, name string) *model.Trigger {
	return find(ts, func(t *model.Trigger) bool { return t.Name == name })
}
