package diff

import (
	"sort"

	"github.com/retortdb/retort/model"
)

// A creation is an object (or a column) an operation creates.
type creation struct {
	object model.Securable
	column string // a column added to a table that stays
	// allColumns: the object is a table or view created with its columns.
	allColumns bool
	// standalone: a sequence created on its own (CREATE SEQUENCE), which
	// gets an owner even when a column will own it.
	standalone bool
}

// creates returns what op creates that has privileges.
func creates(op Op) []creation {
	sec := func(kind model.SecurableKind, schema, name string) model.Securable {
		return model.Securable{Kind: kind, Schema: schema, Name: name}
	}
	identity := func(c model.Column) []creation {
		if q := c.IdentitySequence; q != nil {
			return []creation{{object: sec(model.SecurableSequence, q.Schema, q.Name)}}
		}
		return nil
	}
	switch op := op.(type) {
	case CreateSchema:
		return []creation{{object: model.Securable{Kind: model.SecurableSchema, Name: op.Schema.Name}}}
	case CreateTable:
		out := []creation{{object: sec(model.SecurableTable, op.Table.Schema, op.Table.Name), allColumns: true}}
		for _, c := range op.Table.Columns {
			out = append(out, identity(c)...)
		}
		return out
	case AddColumn:
		out := []creation{{object: sec(model.SecurableTable, op.Table.Schema, op.Table.Name), column: op.Column.Name}}
		return append(out, identity(op.Column)...)
	case AddIdentity:
		if op.Sequence != nil {
			return []creation{{object: sec(model.SecurableSequence, op.Sequence.Schema, op.Sequence.Name)}}
		}
	case CreateSequence:
		return []creation{{object: sec(model.SecurableSequence, op.Sequence.Schema, op.Sequence.Name), standalone: true}}
	case CreateView:
		kind := model.SecurableView
		if op.View.Materialized {
			kind = model.SecurableMaterializedView
		}
		return []creation{{object: sec(kind, op.View.Schema, op.View.Name), allColumns: true}}
	case CreateFunction:
		f := op.Function
		return []creation{{object: model.Securable{Kind: f.SecurableKind(), Schema: f.Schema, Name: f.Name, Args: f.IdentityArguments}}}
	case CreateEnum:
		return []creation{{object: sec(model.SecurableType, op.Enum.Schema, op.Enum.Name)}}
	case RecreateEnum:
		return []creation{{object: sec(model.SecurableType, op.To.Schema, op.To.Name)}}
	case CreateDomain:
		return []creation{{object: sec(model.SecurableType, op.Domain.Schema, op.Domain.Name)}}
	case RecreateDomain:
		return []creation{{object: sec(model.SecurableType, op.To.Schema, op.To.Name)}}
	case RecreateComposite:
		return []creation{{object: sec(model.SecurableType, op.To.Schema, op.To.Name)}}
	case CreateComposite:
		return []creation{{object: sec(model.SecurableType, op.Type.Schema, op.Type.Name)}}
	case CreateRange:
		return []creation{{object: sec(model.SecurableType, op.Range.Schema, op.Range.Name)}}
	}
	return nil
}

// creationSteps returns the steps that give what op creates its owner and
// privileges, to run right after op.
func (p *privilegeComparison) creationSteps(op Op) []Step {
	var steps []Step
	for _, cr := range creates(op) {
		t := p.to.objects[cr.object]
		if t == nil || !p.to.managed(t) {
			continue
		}
		owner := p.to.owner(t)
		if cr.column != "" {
			steps = append(steps, p.objectSteps(cr.object, cr.column, acl{}, columnACL(t.columns[cr.column]))...)
			continue
		}
		// An identity sequence follows its table's owner; a sequence
		// created on its own gets its future table's owner now, as OWNED
		// BY requires.
		if owner != "" && (t.OwnedBy == nil || cr.standalone) {
			steps = append(steps, Step{Op: SetOwner{Object: cr.object, Owner: owner}})
		}
		all := cr.object.Kind.PrivilegesOn(p.c.major)
		cur := builtin(all, cr.object.Kind.PublicPrivileges(), owner)
		want := p.objectACL(cr.object.Kind, owner, t.grants, t.revokes)
		// Default privileges may have given the grantees they name more
		// or less than the built-in default: take away what the model
		// does not want them to have, and grant (again) what it does.
		uncertain := p.defaultGrantees(cr.object, owner)
		for _, g := range sortedRoles(uncertain) {
			var unwanted, plain []string
			for _, priv := range all {
				opt, ok := want[g][priv]
				switch {
				case !ok:
					unwanted = append(unwanted, priv)
				case !opt:
					plain = append(plain, priv)
				}
			}
			if len(unwanted) > 0 {
				steps = append(steps, Step{Op: RevokePrivileges{Object: cr.object, Grantee: g, Privileges: unwanted,
					All: sameSet(unwanted, all)}})
			}
			if uncertain[g] && len(plain) > 0 {
				steps = append(steps, Step{Op: RevokePrivileges{Object: cr.object, Grantee: g, Privileges: plain,
					All: sameSet(plain, all), GrantOptionOnly: true}})
			}
			cur[g] = nil
		}
		steps = append(steps, p.objectSteps(cr.object, "", cur, want)...)
		if cr.allColumns {
			for _, col := range columnNames(t) {
				steps = append(steps, p.objectSteps(cr.object, col, acl{}, columnACL(t.columns[col]))...)
			}
		}
	}
	return steps
}

// defaultGrantees returns the grantees whose privileges on a new object o
// default privileges (on either side, for any role: the plan does not know
// which role runs it) may have changed from the built-in default, each
// with whether they may have given the grant option: the grantees the
// applicable defaults name, and owner when a default of a role changes
// that role's own privileges (the creator's, which become the owner's).
// Empty when no default privileges apply.
func (p *privilegeComparison) defaultGrantees(o model.Securable, owner string) map[string]bool {
	on := o.Kind.Defaults()
	out := map[string]bool{}
	mark := func(role, grantee string, option bool) {
		out[grantee] = out[grantee] || option
		if grantee == role && owner != "" {
			out[owner] = out[owner] || option
		}
	}
	for _, x := range []*privilegeIndex{p.from, p.to} {
		for k, d := range x.defaults {
			if k.on != on || (k.schema != "" && k.schema != o.Schema) {
				continue
			}
			for _, g := range d.grants {
				mark(k.role, g.Grantee, g.Grantable)
			}
			for _, r := range d.revokes {
				mark(k.role, r.Grantee, false)
			}
		}
	}
	return out
}

func sortedRoles(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// eachStep calls fn with the operation of every step made so far, in the
// phases and in the dependency-ordered nodes.
func (c *comparison) eachStep(fn func(Op)) {
	for ph := range c.steps {
		for _, s := range c.steps[ph] {
			fn(s.Op)
		}
		for _, n := range c.nodes[ph] {
			for _, s := range n.steps {
				fn(s.Op)
			}
		}
	}
}

// expandSteps puts the steps after(op) right after each step made so far.
func (c *comparison) expandSteps(after func(Op) []Step) {
	expand := func(steps []Step) []Step {
		var out []Step
		for i, s := range steps {
			extra := after(s.Op)
			if len(extra) == 0 {
				if out != nil {
					out = append(out, s)
				}
				continue
			}
			if out == nil {
				out = append([]Step(nil), steps[:i]...)
			}
			out = append(append(out, s), extra...)
		}
		if out == nil {
			return steps
		}
		return out
	}
	for ph := range c.steps {
		c.steps[ph] = expand(c.steps[ph])
		for i := range c.nodes[ph] {
			c.nodes[ph][i].steps = expand(c.nodes[ph][i].steps)
		}
	}
}
