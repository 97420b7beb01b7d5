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
