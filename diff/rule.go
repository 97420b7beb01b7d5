package diff

import (
	"github.com/retortdb/retort/model"
)

// rules compares the rewrite rules of tables and views. A rule is created
// with the triggers (after every table, view and function it may use) and
// dropped with them, first of all (before anything it uses is dropped). A
// changed definition is replaced in place (CREATE OR REPLACE RULE), unless
// the old rule uses something the plan drops, re-creates or reshapes:
// PostgreSQL refuses to drop a relation, column or function a rule uses,
// so the rule is dropped first and created again at the end. Rules of a
// relation that goes or is re-created are dropped explicitly too, since
// one of them may use another relation that goes.
func (c *comparison) rules() {
	fromViews := map[model.QualifiedName]*model.View{}
	for i := range c.from.Views {
		fromViews[c.from.Views[i].QualifiedName()] = &c.from.Views[i]
	}
	toViews := map[model.QualifiedName]*model.View{}
	for i := range c.to.Views {
		toViews[c.to.Views[i].QualifiedName()] = &c.to.Views[i]
	}
	// what to keeps: a rule using anything else must go before it does
	kept := map[string]bool{}
	for _, f := range c.to.Functions {
		kept[refKey(f.Ref())] = true
	}
	for q := range toViews {
		kept[viewKey(q)] = true
	}
	for q := range c.toTables {
		kept[viewKey(q)] = true
	}

	for i := range c.from.Tables {
		ft := &c.from.Tables[i]
		q := ft.QualifiedName()
		if c.droppedTables[q] {
			c.dropRules(q, ft.Rules)
		}
	}
	for i := range c.from.Views {
		fv := &c.from.Views[i]
		q := fv.QualifiedName()
		if toViews[q] == nil || c.recreated[viewKey(q)] {
			c.dropRules(q, fv.Rules)
		}
	}
	for i := range c.to.Tables {
		tt := &c.to.Tables[i]
		q := tt.QualifiedName()
		var old []model.Rule
		if ft := c.fromTables[q]; ft != nil && !c.newTables[q] {
			old = ft.Rules
		}
		c.relationRules(q, old, tt.Rules, kept)
	}
	for i := range c.to.Views {
		tv := &c.to.Views[i]
		q := tv.QualifiedName()
		var old []model.Rule
		if fv := fromViews[q]; fv != nil && !c.recreated[viewKey(q)] {
			old = fv.Rules
		}
		c.relationRules(q, old, tv.Rules, kept)
	}
}

func (c *comparison) dropRules(q model.QualifiedName, rules []model.Rule) {
	for _, r := range rules {
		c.add(phDropTrigger, DropRule{Table: q, Rule: r})
	}
}

// relationRules compares the rules of one table or view that exists on
// both sides (from holds its rules) or that the plan creates (from nil).
func (c *comparison) relationRules(q model.QualifiedName, from, to []model.Rule, kept map[string]bool) {
	old := map[string]model.Rule{}
	for _, r := range from {
		old[r.Name] = r
	}
	recreate := map[string]bool{}
	for _, r := range from {
		n := findRule(to, r.Name)
		switch {
		case n == nil:
			c.add(phDropTrigger, DropRule{Table: q, Rule: r})
		case c.ruleDependsOnChange(r, kept):
			recreate[r.Name] = true
			c.add(phDropTrigger, DropRule{Table: q, Rule: r})
		case r.Definition != n.Definition:
			from, to := r, *n
			from.Comment, to.Comment = "", ""
			c.add(phTrigger, ReplaceRule{Table: q, From: from, To: to})
		}
	}
	for _, r := range to {
		ref := ObjectRef{Kind: KindRule, Schema: q.Schema, Name: q.Name, Sub: r.Name}
		o, ok := old[r.Name]
		if !ok || recreate[r.Name] {
			create := r
			create.Comment = ""
			c.add(phTrigger, CreateRule{Table: q, Rule: create})
			c.comment(ref, "", r.Comment)
			continue
		}
		if o.Enabled != r.Enabled {
			c.add(phTrigger, SetRuleEnabled{Table: q, Name: r.Name, Enabled: r.Enabled})
		}
		c.comment(ref, o.Comment, r.Comment)
	}
}

// ruleDependsOnChange reports whether a rule uses something the plan
// drops, re-creates or reshapes (a column dropped or given another type),
// which PostgreSQL refuses while the rule exists. kept holds the keys
// (refKey) of the relations and functions to keeps.
func (c *comparison) ruleDependsOnChange(r model.Rule, kept map[string]bool) bool {
	for _, d := range r.Depends {
		q := model.QualifiedName{Schema: d.Schema, Name: d.Name}
		switch d.Kind {
		case model.RefRelation:
			if !kept[refKey(d)] || c.recreated[refKey(d)] || c.droppedTables[q] || c.shapeChanged[q] {
				return true
			}
		case model.RefType:
			if c.recreated[refKey(d)] || c.shapeChanged[q] {
				return true
			}
		case model.RefFunction:
			if !kept[refKey(d)] || c.recreated[refKey(d)] {
				return true
			}
		}
	}
	return false
}

func findRule(rules []model.Rule, name string) *model.Rule {
	return find(rules, func(r *model.Rule) bool { return r.Name == name })
}
