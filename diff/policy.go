package diff

import (
	"reflect"
	"strings"

	"github.com/retortdb/retort/model"
)

// rowSecurity compares the row-level security switches and the policies of
// a table; from is nil for a table the plan creates.
func (c *comparison) rowSecurity(from, to *model.Table) {
	q := to.QualifiedName()
	var old model.Table
	if from != nil {
		old = *from
	}
	if old.RowSecurity != to.RowSecurity {
		c.add(phAlterTable, SetRowSecurity{Table: q, Enabled: to.RowSecurity})
	}
	if old.ForceRowSecurity != to.ForceRowSecurity {
		c.add(phAlterTable, SetForceRowSecurity{Table: q, Forced: to.ForceRowSecurity})
	}
	c.policies(q, old.Policies, to.Policies)
}

// policies compares the policies of one table by name. A policy whose
// command or permissiveness changes, which loses a clause, or which uses a
// function the plan re-creates, is dropped and created again; other changes are altered in
// place.
func (c *comparison) policies(q model.QualifiedName, from, to []model.Policy) {
	old := map[string]model.Policy{}
	for _, p := range from {
		old[p.Name] = p
	}
	recreate := map[string]bool{}
	for _, p := range from {
		n := findPolicy(to, p.Name)
		if n == nil || c.policyRecreated(p, *n) {
			recreate[p.Name] = n != nil
			c.add(phDropTrigger, DropPolicy{Table: q, Policy: p})
		}
	}
	for _, p := range to {
		ref := ObjectRef{Kind: KindPolicy, Schema: q.Schema, Name: q.Name, Sub: p.Name}
		o, ok := old[p.Name]
		if !ok || recreate[p.Name] {
			create := p
			create.Comment = ""
			c.add(phTrigger, CreatePolicy{Table: q, Policy: create})
			c.comment(ref, "", p.Comment)
			continue
		}
		if !reflect.DeepEqual(o.Roles, p.Roles) || !c.sameExpression(o.Using, p.Using) || !c.sameExpression(o.WithCheck, p.WithCheck) {
			from, to := o, p
			from.Comment, to.Comment = "", ""
			c.add(phTrigger, AlterPolicy{Table: q, From: from, To: to})
		}
		c.comment(ref, o.Comment, p.Comment)
	}
}

// policyRecreated reports whether a policy cannot be changed into the other
// in place: its command or permissiveness changes, it loses its USING or
// WITH CHECK clause, or it mentions a type or function the plan drops and
// creates again (its qualified name, or for a function its name alone).
func (c *comparison) policyRecreated(from, to model.Policy) bool {
	if from.Command != to.Command || from.Permissive != to.Permissive {
		return true
	}
	// ALTER POLICY cannot remove a USING or WITH CHECK clause.
	if (from.Using != "" && to.Using == "") || (from.WithCheck != "" && to.WithCheck == "") {
		return true
	}
	if c.exprUsesRecreated(from.Using) || c.exprUsesRecreated(from.WithCheck) {
		return true
	}
	for _, f := range c.from.Functions {
		if !c.recreated[refKey(f.Ref())] {
			continue
		}
		for _, expr := range []string{from.Using, from.WithCheck} {
			if strings.Contains(expr, f.Name+"(") {
				return true
			}
		}
	}
	return false
}

func findPolicy(ps []model.Policy, name string) *model.Policy {
	return find(ps, func(p *model.Policy) bool { return p.Name == name })
}
