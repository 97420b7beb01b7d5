package diff

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// privileges adds the steps that give c.to's objects their owners and
// privileges, and the database its default privileges. It runs last: which
// objects the plan creates (new, or dropped and created again) is read off
// the steps the other comparisons made.
//
// An object the plan creates starts with what PostgreSQL gives it: owned by
// the role that runs the plan, with the built-in default privileges, or
// with the default privileges (ALTER DEFAULT PRIVILEGES) of that role,
// which the plan cannot know. So right after its creation the object gets
// its owner (ALTER ... OWNER TO, which moves the creator's privileges to
// the owner) and then its privileges: the difference from the built-in
// default, except for the roles that a default privilege of its kind (on
// either side, of any role) names, whose privileges are unknown: from
// them, whatever the model does not give them is revoked, and what it
// gives them is granted. Objects that stay get new owners before anything
// is created, and their privilege changes after everything is. Objects the
// plan drops get no step.
//
// Which privileges an object has depends on the server's major: the plan is
// for c.major's (PrivilegesOn), so that GRANT ALL (the ops' All) is said
// exactly when it grants what the model lists. A privilege the server
// lacks (MAINTAIN before 17, or when the major is unknown) is left out of
// both sides: a model written on 17, whose all includes MAINTAIN, applies
// to a 15 server as if it did not name it.
func (c *comparison) privileges() {
	if c.from.Privileges == nil || c.to.Privileges == nil {
		if (c.from.Privileges == nil) != (c.to.Privileges == nil) {
			c.warnings = append(c.warnings, "privileges are compared only when both schemas carry them; "+
				"one side was read without them (--privileges), so owners and privileges are left out")
		}
		return
	}
	p := &privilegeComparison{c: c, from: indexPrivileges(c.from, c.major), to: indexPrivileges(c.to, c.major)}
	p.defaults()
	p.created = map[model.Securable]bool{}
	p.createdColumns = map[columnOf]bool{}
	c.eachStep(func(op Op) {
		for _, cr := range creates(op) {
			if cr.column != "" {
				p.createdColumns[columnOf{cr.object, cr.column}] = true
			} else {
				p.created[cr.object] = true
			}
		}
	})
	p.kept()
	c.expandSteps(p.creationSteps)
}

// A privilegeComparison compares the privileges of one Compare call.
type privilegeComparison struct {
	c        *comparison
	from, to *privilegeIndex
	// created are the objects the plan creates; createdColumns the columns
	// it adds to tables that stay.
	created        map[model.Securable]bool
	createdColumns map[columnOf]bool
}

// A columnOf names a column of a table or view.
type columnOf struct {
	object model.Securable
	column string
}

// A privilegeIndex holds one side's objects with their owners and
// privileges, and its default privileges.
type privilegeIndex struct {
	s        *model.Schema
	objects  map[model.Securable]*objectPrivileges
	order    []model.Securable
	defaults map[defaultKey]*defaultPrivileges
}

type objectPrivileges struct {
	model.SecurableObject
	owner   string
	grants  []model.Grant // on the object itself
	revokes []model.Revoke
	columns map[string][]model.Grant
	// mentioned: the model names the object's owner or privileges, so
	// they are managed.
	mentioned bool
}

type defaultKey struct {
	role, schema string
	on           model.DefaultKind
}

type defaultPrivileges struct {
	grants  []model.DefaultGrant
	revokes []model.DefaultRevoke
}

// indexPrivileges indexes the privileges of s for a server of PostgreSQL
// major, without those that server lacks (onServer).
func indexPrivileges(s *model.Schema, major int) *privilegeIndex {
	x := &privilegeIndex{s: s, objects: map[model.Securable]*objectPrivileges{}, defaults: map[defaultKey]*defaultPrivileges{}}
	for _, o := range s.SecurableObjects() {
		if x.objects[o.Securable] != nil {
			continue
		}
		x.objects[o.Securable] = &objectPrivileges{SecurableObject: o, columns: map[string][]model.Grant{}}
		x.order = append(x.order, o.Securable)
	}
	p := s.Privileges
	for _, o := range p.Owners {
		if op := x.objects[o.Object]; op != nil {
			op.owner, op.mentioned = o.Role, true
		}
	}
	for _, g := range p.Grants {
		op := x.objects[g.Object]
		if op == nil {
			continue
		}
		op.mentioned = true
		g.Privileges = onServer(g.Privileges, major)
		if g.Column != "" {
			op.columns[g.Column] = append(op.columns[g.Column], g)
		} else {
			op.grants = append(op.grants, g)
		}
	}
	for _, r := range p.Revokes {
		if op := x.objects[r.Object]; op != nil {
			r.Privileges = onServer(r.Privileges, major)
			op.revokes, op.mentioned = append(op.revokes, r), true
		}
	}
	def := func(k defaultKey) *defaultPrivileges {
		if x.defaults[k] == nil {
			x.defaults[k] = &defaultPrivileges{}
		}
		return x.defaults[k]
	}
	for _, g := range p.DefaultGrants {
		d := def(defaultKey{g.Role, g.Schema, g.On})
		g.Privileges = onServer(g.Privileges, major)
		d.grants = append(d.grants, g)
	}
	for _, r := range p.DefaultRevokes {
		d := def(defaultKey{r.Role, "", r.On})
		r.Privileges = onServer(r.Privileges, major)
		d.revokes = append(d.revokes, r)
	}
	return x
}

// onServer returns privileges without those a server of PostgreSQL major
// lacks (model.PrivilegeOn): MAINTAIN before 17. A grant left with none
// grants nothing. privileges itself, the model's, is not changed.
func onServer(privileges []string, major int) []string {
	lacks := func(p string) bool { return !model.PrivilegeOn(p, major) }
	if !slices.ContainsFunc(privileges, lacks) {
		return privileges
	}
	return slices.DeleteFunc(slices.Clone(privileges), lacks)
}

// owner returns the owner of o: its own, or its table's for a sequence
// owned by a column; "" when the model does not say.
func (x *privilegeIndex) owner(o *objectPrivileges) string {
	if o.OwnedBy != nil {
		if t := x.objects[model.Securable{Kind: model.SecurableTable, Schema: o.OwnedBy.Schema, Name: o.OwnedBy.Name}]; t != nil {
			return t.owner
		}
		return ""
	}
	return o.owner
}

// managed reports whether the privileges of o are managed: the model names
// its owner or privileges (its table's, for a sequence owned by a column).
func (x *privilegeIndex) managed(o *objectPrivileges) bool {
	if o.mentioned {
		return true
	}
	if o.OwnedBy != nil {
		t := x.objects[model.Securable{Kind: model.SecurableTable, Schema: o.OwnedBy.Schema, Name: o.OwnedBy.Name}]
		return t != nil && t.mentioned
	}
	return false
}

// hasColumn reports whether the table or view o has the column, following
// a partition to its parent and an inheritance child to its parents.
func (x *privilegeIndex) hasColumn(o model.Securable, column string) bool {
	q := model.QualifiedName{Schema: o.Schema, Name: o.Name}
	if o.Kind != model.SecurableTable {
		for _, v := range x.s.Views {
			if v.QualifiedName() == q {
				for _, c := range v.Columns {
					if c.Name == column {
						return true
					}
				}
			}
		}
		return false
	}
	seen := map[model.QualifiedName]bool{}
	var has func(q model.QualifiedName) bool
	has = func(q model.QualifiedName) bool {
		t := x.s.Table(q)
		if t == nil || seen[q] {
			return false
		}
		seen[q] = true
		if t.Column(column) != nil {
			return true
		}
		for _, c := range t.InheritedColumns {
			if c.Name == column {
				return true
			}
		}
		if t.PartitionOf != nil && has(*t.PartitionOf) {
			return true
		}
		for _, p := range t.Inherits {
			if has(p) {
				return true
			}
		}
		return false
	}
	return has(q)
}

// An acl is what each grantee ("public" for PUBLIC) holds: privilege →
// whether with grant option.
type acl map[string]map[string]bool

func (a acl) add(grantee string, privileges []string, grantable bool) {
	if a[grantee] == nil {
		a[grantee] = map[string]bool{}
	}
	for _, p := range privileges {
		a[grantee][p] = a[grantee][p] || grantable
	}
}

func (a acl) remove(grantee string, privileges []string) {
	for _, p := range privileges {
		delete(a[grantee], p)
	}
}

// rename moves the privileges of from to to, as ALTER ... OWNER TO does
// with the old owner's.
func (a acl) rename(from, to string) {
	if from == "" || to == "" || from == to || a[from] == nil {
		return
	}
	for p, opt := range a[from] {
		a.add(to, []string{p}, opt)
	}
	delete(a, from)
}

// builtin returns the built-in default privileges of an object of kind k
// owned by owner (unknown: "", then only PUBLIC's).
func builtin(all, public []string, owner string) acl {
	a := acl{}
	if owner != "" {
		a.add(owner, all, false)
	}
	if len(public) > 0 {
		a.add("public", public, false)
	}
	return a
}

// objectACL returns what an object holds on the plan's server: the
// built-in default for its owner, plus its grants, minus its revokes.
func (p *privilegeComparison) objectACL(kind model.SecurableKind, owner string, grants []model.Grant, revokes []model.Revoke) acl {
	a := builtin(kind.PrivilegesOn(p.c.major), kind.PublicPrivileges(), owner)
	for _, g := range grants {
		a.add(g.Grantee, g.Privileges, g.Grantable)
	}
	for _, r := range revokes {
		a.remove(r.Grantee, r.Privileges)
	}
	return a
}

func columnACL(grants []model.Grant) acl {
	a := acl{}
	for _, g := range grants {
		a.add(g.Grantee, g.Privileges, g.Grantable)
	}
	return a
}

// An aclChange is one GRANT or REVOKE that turns one acl into another.
type aclChange struct {
	grantee    string
	privileges []string
	revoke     bool
	// option: WITH GRANT OPTION (grant), GRANT OPTION FOR (revoke).
	option bool
}

// aclChanges returns the revokes, then the grants, that turn cur into
// want, by grantee.
func aclChanges(cur, want acl) []aclChange {
	grantees := map[string]bool{}
	for g := range cur {
		grantees[g] = true
	}
	for g := range want {
		grantees[g] = true
	}
	names := make([]string, 0, len(grantees))
	for g := range grantees {
		names = append(names, g)
	}
	sort.Strings(names)
	var revokes, grants []aclChange
	for _, g := range names {
		var gone, optionGone, plain, withOption []string
		for p, opt := range cur[g] {
			wantOpt, ok := want[g][p]
			switch {
			case !ok:
				gone = append(gone, p)
			case opt && !wantOpt:
				optionGone = append(optionGone, p)
			}
		}
		for p, opt := range want[g] {
			curOpt, ok := cur[g][p]
			switch {
			case opt && !curOpt:
				withOption = append(withOption, p)
			case !ok:
				plain = append(plain, p)
			}
		}
		for _, ch := range []aclChange{
			{g, gone, true, false}, {g, optionGone, true, true},
		} {
			if len(ch.privileges) > 0 {
				sort.Strings(ch.privileges)
				revokes = append(revokes, ch)
			}
		}
		for _, ch := range []aclChange{{g, plain, false, false}, {g, withOption, false, true}} {
			if len(ch.privileges) > 0 {
				sort.Strings(ch.privileges)
				grants = append(grants, ch)
			}
		}
	}
	return append(revokes, grants...)
}

// objectSteps returns the GRANT and REVOKE steps that turn cur into want on
// an object or one of its columns.
func (p *privilegeComparison) objectSteps(o model.Securable, column string, cur, want acl) []Step {
	var steps []Step
	for _, ch := range aclChanges(cur, want) {
		all := p.isAll(o, column, ch.privileges)
		var op Op
		if ch.revoke {
			op = RevokePrivileges{Object: o, Column: column, Grantee: ch.grantee, Privileges: ch.privileges, All: all, GrantOptionOnly: ch.option}
		} else {
			op = GrantPrivileges{Object: o, Column: column, Grantee: ch.grantee, Privileges: ch.privileges, All: all, GrantOption: ch.option}
		}
		steps = append(steps, Step{Op: op})
	}
	return steps
}

// isAll reports whether privileges are every one of the several privileges
// an object (or its column) has on the plan's server, which GRANT and
// REVOKE say as ALL. A single privilege (EXECUTE) is said by its name.
func (p *privilegeComparison) isAll(o model.Securable, column string, privileges []string) bool {
	all := o.Kind.PrivilegesOn(p.c.major)
	if column != "" {
		all = model.ColumnPrivileges // the same on every major
	}
	return sameSet(privileges, all)
}

// sameSet reports whether privileges are every one of all, which has
// several.
func sameSet(privileges, all []string) bool {
	if len(all) < 2 || len(privileges) != len(all) {
		return false
	}
	for _, priv := range privileges {
		if !slices.Contains(all, priv) {
			return false
		}
	}
	return true
}

// defaults compares the default privileges. For the whole database an entry
// replaces the built-in default of its role's new objects; in a schema it
// adds to it. Those of a schema that goes go with it.
func (p *privilegeComparison) defaults() {
	keys := map[defaultKey]bool{}
	for k := range p.from.defaults {
		keys[k] = true
	}
	for k := range p.to.defaults {
		keys[k] = true
	}
	sorted := make([]defaultKey, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.SortFunc(sorted, func(a, b defaultKey) int {
		return cmp.Or(strings.Compare(a.role, b.role), strings.Compare(a.schema, b.schema), cmp.Compare(a.on, b.on))
	})
	toSchemas := map[string]bool{}
	for _, n := range p.c.to.Namespaces {
		toSchemas[n.Name] = true
	}
	for _, k := range sorted {
		if k.schema != "" && !toSchemas[k.schema] {
			continue
		}
		cur, want := p.defaultACL(k, p.from.defaults[k]), p.defaultACL(k, p.to.defaults[k])
		for _, ch := range aclChanges(cur, want) {
			all := sameSet(ch.privileges, k.on.PrivilegesOn(p.c.major))
			var op Op
			if ch.revoke {
				op = RevokeDefaultPrivileges{Role: k.role, Schema: k.schema, On: k.on, Grantee: ch.grantee,
					Privileges: ch.privileges, All: all, GrantOptionOnly: ch.option}
			} else {
				op = GrantDefaultPrivileges{Role: k.role, Schema: k.schema, On: k.on, Grantee: ch.grantee,
					Privileges: ch.privileges, All: all, GrantOption: ch.option}
			}
			p.c.add(phDefaultPrivs, op)
		}
	}
}

// defaultACL returns what new objects get on the plan's server from the
// default privileges of one key (d may be nil: none).
func (p *privilegeComparison) defaultACL(k defaultKey, d *defaultPrivileges) acl {
	a := acl{}
	if k.schema == "" {
		a = builtin(k.on.PrivilegesOn(p.c.major), k.on.PublicPrivileges(), k.role)
	}
	if d == nil {
		return a
	}
	for _, g := range d.grants {
		a.add(g.Grantee, g.Privileges, g.Grantable)
	}
	for _, r := range d.revokes {
		a.remove(r.Grantee, r.Privileges)
	}
	return a
}

// kept adds the steps for the objects that exist on both sides and that
// the plan does not create again: new owners (phOwner), then privileges
// granted and revoked (phPrivileges), on the objects and their columns.
func (p *privilegeComparison) kept() {
	for _, sec := range p.to.order {
		t := p.to.objects[sec]
		f := p.from.objects[sec]
		if f == nil || p.created[sec] || !p.to.managed(t) {
			continue
		}
		fromOwner := p.from.owner(f)
		toOwner := p.to.owner(t)
		if toOwner == "" {
			toOwner = fromOwner
		}
		if t.OwnedBy == nil && t.owner != "" && t.owner != fromOwner {
			p.c.add(phOwner, SetOwner{Object: sec, Owner: t.owner, From: fromOwner})
		}
		cur := p.objectACL(sec.Kind, fromOwner, f.grants, f.revokes)
		cur.rename(fromOwner, toOwner)
		want := p.objectACL(sec.Kind, toOwner, t.grants, t.revokes)
		for _, s := range p.objectSteps(sec, "", cur, want) {
			p.c.add(phPrivileges, s.Op)
		}
		for _, col := range columnNames(f, t) {
			if p.createdColumns[columnOf{sec, col}] || !p.from.hasColumn(sec, col) || !p.to.hasColumn(sec, col) {
				continue
			}
			cur := columnACL(f.columns[col])
			cur.rename(fromOwner, toOwner)
			for _, s := range p.objectSteps(sec, col, cur, columnACL(t.columns[col])) {
				p.c.add(phPrivileges, s.Op)
			}
		}
	}
}

// columnNames returns the columns that have privileges on either side,
// sorted.
func columnNames(sides ...*objectPrivileges) []string {
	seen := map[string]bool{}
	var names []string
	for _, o := range sides {
		if o == nil {
			continue
		}
		for c := range o.columns {
			if !seen[c] {
				seen[c] = true
				names = append(names, c)
			}
		}
	}
	sort.Strings(names)
	return names
}

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
